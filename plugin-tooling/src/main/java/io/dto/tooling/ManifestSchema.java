package io.dto.tooling;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The manifest's JSON Schema, shipped in plugin-api as {@value #RESOURCE}. */
public final class ManifestSchema {

    public static final String RESOURCE = "/io/dto/api/plugin-manifest.schema.json";

    private final Schema schema;

    public ManifestSchema() {
        try (InputStream in = io.dto.api.Plugin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("plugin-api is missing " + RESOURCE);
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema violation of a manifest, as "location: message" lines; empty when it conforms. */
    public List<String> violations(String manifestJson) {
        return schema.validate(manifestJson, InputFormat.JSON).stream()
                .map(ManifestSchema::describe)
                .sorted()
                .toList();
    }

    /** "/plugin_info: required property 'name' not found"; the root is called "manifest". */
    private static String describe(Error error) {
        String text = error.toString();
        return text.startsWith(": ") ? "manifest" + text : text;
    }
}
