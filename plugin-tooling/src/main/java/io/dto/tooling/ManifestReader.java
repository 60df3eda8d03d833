package io.dto.tooling;

import io.dto.api.Permission;
import io.dto.api.PluginType;
import io.dto.api.manifest.Compatibility;
import io.dto.api.manifest.Dependencies;
import io.dto.api.manifest.ParameterSpec;
import io.dto.api.manifest.ParameterType;
import io.dto.api.manifest.Permissions;
import io.dto.api.manifest.PluginManifest;
import io.dto.api.manifest.PluginMetadata;
import io.dto.api.manifest.Security;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@code plugin-manifest.json}: JSON syntax, then the schema, then the model. */
public final class ManifestReader {

    private final ManifestSchema schema;

    public ManifestReader(ManifestSchema schema) {
        this.schema = schema;
    }

    public ManifestReader() {
        this(new ManifestSchema());
    }

    /** Parses and validates; every problem found is in the exception. */
    public PluginManifest read(String json) throws ManifestException {
        JsonObject object = parse(json);
        List<String> violations = schema.violations(json);
        if (!violations.isEmpty()) {
            throw new ManifestException(violations);
        }
        try {
            return toManifest(object);
        } catch (IllegalArgumentException e) {
            throw new ManifestException(List.of(e.getMessage()));
        }
    }

    /** The manifest as a JSON object, after checking only that it is JSON. */
    public static JsonObject parse(String json) throws ManifestException {
        try {
            return new JsonObject(json);
        } catch (DecodeException | ClassCastException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ManifestException(List.of(PluginManifest.ENTRY_NAME + " is not valid JSON: " + detail));
        }
    }

    private static PluginManifest toManifest(JsonObject json) {
        return new PluginManifest(
                json.getString("manifest_version"),
                metadata(json.getJsonObject("plugin_info")),
                compatibility(json.getJsonObject("compatibility")),
                dependencies(json.getJsonObject("dependencies", new JsonObject())),
                parameters(json.getJsonObject("configuration").getJsonObject("parameters")),
                permissions(json.getJsonObject("permissions", new JsonObject())),
                security(json.getJsonObject("security", new JsonObject())));
    }

    private static PluginMetadata metadata(JsonObject info) {
        JsonObject author = info.getJsonObject("author");
        return new PluginMetadata(
                info.getString("name"),
                info.getString("version"),
                info.getString("display_name"),
                info.getString("description"),
                author == null ? null : new PluginMetadata.Author(author.getString("name"),
                        author.getString("email"), author.getString("website")),
                info.getString("license"),
                info.getString("homepage"),
                info.getString("repository"),
                strings(info.getJsonArray("keywords")),
                info.getString("category"),
                PluginType.fromManifestName(info.getString("type")),
                info.getString("entry_point"));
    }

    private static Compatibility compatibility(JsonObject json) {
        return new Compatibility(json.getString("min_platform_version"), json.getString("max_platform_version"),
                json.getString("java_version"), strings(json.getJsonArray("supported_oses")));
    }

    private static Dependencies dependencies(JsonObject json) {
        return new Dependencies(strings(json.getJsonArray("required")), strings(json.getJsonArray("optional")));
    }

    private static Map<String, ParameterSpec> parameters(JsonObject json) {
        Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        for (String name : json.fieldNames()) {
            JsonObject spec = json.getJsonObject(name);
            String itemType = spec.getString("item_type");
            Number min = spec.getNumber("min");
            Number max = spec.getNumber("max");
            try {
                parameters.put(name, new ParameterSpec(
                        ParameterType.fromManifestName(spec.getString("type")),
                        plain(spec.getValue("default")),
                        min == null ? null : min.doubleValue(),
                        max == null ? null : max.doubleValue(),
                        itemType == null ? null : ParameterType.fromManifestName(itemType),
                        spec.getString("description"),
                        spec.getBoolean("required", false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + name + "': " + e.getMessage());
            }
        }
        return parameters;
    }

    private static Permissions permissions(JsonObject json) {
        return new Permissions(permissionSet(json.getJsonArray("required")),
                permissionSet(json.getJsonArray("optional")));
    }

    private static Set<Permission> permissionSet(JsonArray names) {
        return strings(names).stream().map(Permission::fromManifestName).collect(Collectors.toSet());
    }

    private static Security security(JsonObject json) {
        JsonObject checksums = json.getJsonObject("checksums", new JsonObject());
        Map<String, String> entries = new LinkedHashMap<>();
        checksums.forEach(e -> entries.put(e.getKey(), (String) e.getValue()));
        return new Security(json.getString("checksum"), entries, json.getString("signature"),
                json.getString("publisher"), json.getBoolean("trusted_publisher", false));
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.stream().map(String::valueOf).toList();
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return object.getMap();
        } else if (value instanceof JsonArray array) {
            return array.getList();
        }
        return value;
    }
}
