package io.dto.gateway.plugin;

import io.dto.api.Capabilities;
import io.dto.api.Permission;
import io.dto.api.PluginState;
import io.dto.api.PluginType;
import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.security.Trust;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the registry knows of one plugin (lifecycle step 5), as an immutable snapshot.
 *
 * @param manifest {@code null} when the manifest could not be read
 * @param lastError the reason of the last failure, in words a person can act on, or {@code null}
 * @param trust whether its publisher is trusted, or {@code null} before validation got that far
 * @param isolation where it runs, or {@code null} when it does not
 */
public record PluginRecord(String id, String version, PluginType type, PluginState state, Path jar,
        PluginManifest manifest, Capabilities capabilities, Set<Permission> permissions, List<String> lastError,
        Instant since, String deploymentId, Trust trust, Isolation isolation) {

    public PluginRecord {
        lastError = lastError == null ? List.of() : List.copyOf(lastError);
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
        capabilities = capabilities == null ? Capabilities.NONE : capabilities;
    }

    PluginRecord withState(PluginState newState, Instant at) {
        return new PluginRecord(id, version, type, newState, jar, manifest, capabilities, permissions, lastError,
                at, deploymentId, trust, isolation);
    }

    PluginRecord withCapabilities(Capabilities declared) {
        return new PluginRecord(id, version, type, state, jar, manifest, declared, permissions, lastError, since,
                deploymentId, trust, isolation);
    }

    PluginRecord withDeployment(String newDeploymentId) {
        return new PluginRecord(id, version, type, state, jar, manifest, capabilities, permissions, lastError, since,
                newDeploymentId, trust, isolation);
    }

    PluginRecord withError(List<String> reasons) {
        return new PluginRecord(id, version, type, state, jar, manifest, capabilities, permissions, reasons, since,
                deploymentId, trust, isolation);
    }
}
