package io.dto.gateway.cli;

import io.dto.api.PluginType;
import io.dto.gateway.PlatformVersion;
import io.dto.tooling.SemanticVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a ready Maven project for a new plugin: a pom with {@code io.dto:plugin-parent} as parent, the manifest
 * with its parameter schema, the plugin class, a testkit test and a README. It builds and passes its test as
 * written ({@code mvn verify}), and the package phase leaves the plugin jar in its {@code plugins/} folder.
 */
final class PluginTemplate {

    /** The plugin types there is a template for. */
    static final Map<PluginType, String> SUFFIXES = Map.of(PluginType.STRATEGY, "Strategy",
            PluginType.INDICATOR, "Indicator");

    private static final String ROOT = "template/";

    /**
     * @param parentPath the relativePath of plugin-parent (the gateway repository's {@code plugin-parent}), or
     *     {@code null} to take it from the local Maven repository
     */
    record Options(String name, PluginType type, String group, String javaPackage, String author, Path parentPath) {
    }

    private PluginTemplate() {
    }

    /** Writes the project into {@code folder} (which must not exist yet); returns the files written. */
    static List<Path> write(Path folder, Options options) throws IOException {
        if (!SUFFIXES.containsKey(options.type())) {
            throw new IllegalArgumentException("there is no template for type '" + options.type().manifestName()
                    + "' yet; choose one of " + SUFFIXES.keySet().stream().map(PluginType::manifestName).sorted()
                    .toList());
        }
        if (!options.name().matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("plugin name '" + options.name() + "' must be lower case letters, "
                    + "digits and dashes, starting with a letter (it is the plugin id in addresses and config)");
        }
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder.toAbsolutePath() + " already exists; choose another --dir or "
                    + "name");
        }
        Map<String, String> values = values(folder, options);
        String packagePath = options.javaPackage().replace('.', '/');
        String type = options.type().manifestName();
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("pom.xml", folder.resolve("pom.xml"));
        files.put("README.md", folder.resolve("README.md"));
        files.put(type + "/plugin-manifest.json", folder.resolve("src/main/resources/plugin-manifest.json"));
        files.put(type + "/Plugin.java",
                folder.resolve("src/main/java/" + packagePath + "/" + values.get("className") + ".java"));
        files.put(type + "/PluginTest.java",
                folder.resolve("src/test/java/" + packagePath + "/" + values.get("className") + "Test.java"));
        for (var file : files.entrySet()) {
            Files.createDirectories(file.getValue().getParent());
            Files.writeString(file.getValue(), fill(read(file.getKey()), values));
        }
        return List.copyOf(files.values());
    }

    private static Map<String, String> values(Path folder, Options options) {
        SemanticVersion platform = PlatformVersion.current();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", options.name());
        values.put("type", options.type().manifestName());
        values.put("group", options.group());
        values.put("package", options.javaPackage());
        values.put("packagePath", options.javaPackage().replace('.', '/'));
        values.put("className", className(options.name(), options.type()));
        values.put("author", options.author());
        values.put("artifactVersion", PlatformVersion.artifactVersion());
        values.put("platformVersion", platform.major() + ".0.0");
        values.put("nextMajor", (platform.major() + 1) + ".0.0");
        values.put("parentPath", options.parentPath() == null ? ""
                : folder.toAbsolutePath().relativize(options.parentPath().toAbsolutePath()).toString());
        return values;
    }

    /** {@code my-momentum} as a strategy is {@code MyMomentumStrategy}. */
    static String className(String name, PluginType type) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                camel.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        String suffix = SUFFIXES.get(type);
        return camel.toString().endsWith(suffix) ? camel.toString() : camel + suffix;
    }

    /** The default Java package of a plugin: {@code <group>.<name without dashes>}. */
    static String defaultPackage(String group, String name) {
        return group + "." + name.replace("-", "");
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (var value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = PluginTemplate.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("the gateway jar lacks the template " + ROOT + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
