package io.dto.gateway.cli;

import io.dto.api.Permission;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.plugin.LoadedPlugin;
import io.dto.gateway.plugin.PluginDiscovery;
import io.dto.gateway.plugin.PluginJar;
import io.dto.gateway.plugin.PluginRejectedException;
import io.dto.gateway.plugin.StagedJar;
import io.dto.gateway.plugin.ValidatedPlugin;
import io.dto.gateway.security.PluginValidators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gateway plugin validate JAR}: every load-time check, and what the gateway would decide. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run every load-time check on a plugin jar (manifest, compatibility, checksums, signature, "
                + "bytecode scan, configuration, entry point) and print what the gateway would decide. Exit code 2 if "
                + "refused.")
final class PluginValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the plugin jar")
    private Path jar;

    @Option(names = "--config", defaultValue = "config/gateway.yaml",
            description = "gateway configuration whose trusted keys, policies and plugin config apply "
                    + "(default: ${DEFAULT-VALUE})")
    private Path config;

    /**
     * Lifecycle step 3 as the gateway does it: the entry point in a class loader of its own, its type and
     * {@code info()} checked. A plugin placed in a process is loaded only there, so not here either.
     */
    private static String load(ValidatedPlugin plugin) throws PluginRejectedException {
        if (plugin.isolation() == Isolation.PROCESS) {
            return "not loaded here: the plugin runs in a plugin-host process";
        }
        LoadedPlugin loaded = LoadedPlugin.load(plugin, PluginValidateCommand.class.getClassLoader());
        String name = loaded.instance().getClass().getName();
        loaded.close();
        return name + " loads and describes itself as its manifest does";
    }

    @Override
    public Integer call() throws Exception {
        GatewayConfig cfg = CliConfig.load(config);
        // A private copy, as the gateway stages one: loading extracts lib/ beside it and deletes the folder after.
        Path staged = Files.createTempDirectory("dto-validate-").resolve("plugin.jar");
        Files.copy(jar, staged);
        try {
            PluginJar read = PluginDiscovery.read(staged);
            ValidatedPlugin plugin = PluginValidators.create(cfg)
                    .validate(new PluginJar(staged, jar, read.manifestText()));
            String loading = load(plugin);
            var info = plugin.manifest().pluginInfo();
            System.out.printf("plugin %s %s (%s) from %s%n", plugin.id(), info.version(), info.type().manifestName(),
                    jar);
            System.out.println("  checks:      manifest, compatibility, checksums, signature, bytecode scan, "
                    + "configuration: passed");
            System.out.println("  entry point: " + loading);
            System.out.println("  trust:       " + (plugin.trust().trusted()
                    ? "trusted (publisher " + plugin.trust().publisher() + ")"
                    : plugin.trust().label() + ": " + plugin.trust().reason()));
            System.out.println("  runs:        "
                    + plugin.isolation().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            System.out.println("  permissions: " + plugin.permissions().stream().map(Permission::manifestName)
                    .sorted().toList());
            plugin.warnings().forEach(w -> System.out.println("  warning:     " + w));
            System.out.println("decision: LOAD");
            return 0;
        } catch (PluginRejectedException e) {
            System.out.println("plugin " + e.pluginId() + " from " + jar + " failed " + e.step() + ":");
            e.reasons().forEach(reason -> System.out.println("  - " + reason));
            System.out.println("decision: REFUSE");
            return 2;
        } finally {
            StagedJar.delete(staged.getParent());
        }
    }
}
