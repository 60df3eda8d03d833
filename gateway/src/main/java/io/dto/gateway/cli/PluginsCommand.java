package io.dto.gateway.cli;

import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.plugin.PluginDiscovery;
import io.dto.gateway.plugin.PluginJar;
import io.dto.gateway.plugin.PluginRejectedException;
import io.dto.gateway.plugin.PluginValidator;
import io.dto.gateway.plugin.ValidatedPlugin;
import io.dto.gateway.security.PluginValidators;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gateway plugins}: what the plugin folders hold and whether each would load, without starting anything. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the plugin jars in the configured folders and whether each would load.")
final class PluginsCommand implements Callable<Integer> {

    @Option(names = "--config", description = "gateway configuration file (default: ${DEFAULT-VALUE})",
            defaultValue = "config/gateway.yaml")
    private Path config;

    @Override
    public Integer call() throws Exception {
        GatewayConfig cfg = CliConfig.load(config);
        PluginValidator validator = PluginValidators.create(cfg);
        int refused = 0;
        for (PluginJar jar : PluginDiscovery.scan(cfg.pluginFolders())) {
            try {
                ValidatedPlugin plugin = validator.validate(jar);
                System.out.printf("ok       %-20s %-8s %-16s %s%n", plugin.id(),
                        plugin.manifest().pluginInfo().version(),
                        plugin.manifest().pluginInfo().type().manifestName(), jar.path());
            } catch (PluginRejectedException e) {
                refused++;
                System.out.printf("REFUSED  %-20s %s%n", e.pluginId(), jar.path());
                e.reasons().forEach(reason -> System.out.println("         - " + reason));
            }
        }
        return refused == 0 ? 0 : 2;
    }
}
