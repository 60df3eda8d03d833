package io.dto.api.manifest;

import java.util.Arrays;
import java.util.List;

/** A configuration parameter's type; the guide spells these two ways ({@code integer}/{@code int}, ...). */
public enum ParameterType {
    INTEGER("integer", "int"),
    NUMBER("number", "float"),
    STRING("string", "str"),
    BOOLEAN("boolean", "bool"),
    ARRAY("array", "list"),
    OBJECT("object", "dict");

    private final List<String> names;

    ParameterType(String... names) {
        this.names = List.of(names);
    }

    public String manifestName() {
        return names.get(0);
    }

    public static ParameterType fromManifestName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.names.contains(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter type '" + name + "'"));
    }
}
