package io.dto.gateway.plugin;

import io.dto.api.Permission;
import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.security.Trust;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A plugin jar that passed every validation check: ready to load.
 *
 * @param jar the staged copy that was validated and is loaded
 * @param source the jar in the plugin folder, reloaded from on {@code reload}
 * @param config the configuration after validation against the manifest, defaults filled in
 * @param warnings what was accepted but deserves attention (an unsigned plugin under a permissive policy)
 * @param trust whether its publisher is trusted
 * @param isolation where it runs: a shared event loop, a thread of its own, or a plugin-host process
 */
public record ValidatedPlugin(Path jar, Path source, PluginManifest manifest, JsonObject config,
        Set<Permission> permissions, List<String> warnings, Trust trust, Isolation isolation) {

    public String id() {
        return manifest.id();
    }
}
