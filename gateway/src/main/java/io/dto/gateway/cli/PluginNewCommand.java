package io.dto.gateway.cli;

import io.dto.api.PluginType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gateway plugin new --type strategy NAME}: a ready Maven project for a new plugin. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Generate a Maven project for a new plugin: pom, manifest, plugin class, testkit test, README.")
final class PluginNewCommand implements Callable<Integer> {

    @Option(names = "--type", required = true, description = "plugin type: strategy or indicator")
    private String type;

    @Parameters(index = "0", description = "plugin name (its id): lower case, digits and dashes")
    private String name;

    @Option(names = "--dir", description = "folder to create the project in (default: ./NAME)")
    private Path dir;

    @Option(names = "--group", defaultValue = "com.example", description = "Maven groupId (default: ${DEFAULT-VALUE})")
    private String group;

    @Option(names = "--package", description = "Java package (default: GROUP.NAME without dashes)")
    private String javaPackage;

    @Option(names = "--author", defaultValue = "Plugin author", description = "author in the manifest")
    private String author;

    @Option(names = "--parent-path", description = "the gateway repository's plugin-parent folder; without it "
            + "plugin-parent comes from the local Maven repository ('mvn install' in the gateway repository)")
    private Path parentPath;

    @Override
    public Integer call() throws Exception {
        Path folder = dir == null ? Path.of(name) : dir;
        PluginType pluginType = PluginType.fromManifestName(type);
        String pkg = javaPackage == null ? PluginTemplate.defaultPackage(group, name) : javaPackage;
        var files = PluginTemplate.write(folder, new PluginTemplate.Options(name, pluginType, group, pkg, author,
                parentPath == null ? null : parentPath.resolve("pom.xml")));
        System.out.println("created " + type + " plugin '" + name + "' in " + folder.toAbsolutePath());
        files.forEach(file -> System.out.println("  " + folder.toAbsolutePath().relativize(file.toAbsolutePath())));
        System.out.println("next: cd " + folder + " && mvn verify   (the plugin jar lands in plugins/" + name
                + ".jar)");
        return 0;
    }
}
