package io.dto.gateway.security;

import io.dto.api.Permission;
import io.dto.gateway.PlatformVersion;
import io.dto.gateway.config.GatewayConfig;
import io.dto.gateway.plugin.ChecksumCheck;
import io.dto.gateway.plugin.CompatibilityCheck;
import io.dto.gateway.plugin.PluginValidator;
import io.dto.tooling.ManifestReader;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The validator with every load-time check, as the gateway runs it and {@code bin/gateway plugin validate} too. */
public final class PluginValidators {

    private PluginValidators() {
    }

    /** Reads the trusted keys (blocking: the key folder is read). */
    public static PluginValidator create(GatewayConfig config) {
        return create(config, config::pluginConfig);
    }

    /** As {@link #create(GatewayConfig)}, with each plugin's configuration from {@code pluginConfigs}. */
    public static PluginValidator create(GatewayConfig config, Function<String, JsonObject> pluginConfigs) {
        ContainmentPolicy containment = new ContainmentPolicy(config.security(), TrustedKeys.load(config.security()));
        return new PluginValidator(new ManifestReader(),
                List.of(new CompatibilityCheck(PlatformVersion.current(), Runtime.version().feature()),
                        new ChecksumCheck(),
                        new SignatureCheck(containment.keys(), config.security().untrusted()),
                        new BytecodeScanCheck(config.security()::scanWaivers)),
                pluginConfigs, id -> Set.<Permission>of(), containment);
    }
}
