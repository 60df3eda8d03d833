package io.dto.gateway.plugin;

import io.dto.api.Permission;
import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.security.ContainmentPolicy;
import io.dto.tooling.ConfigValidator;
import io.dto.tooling.ManifestException;
import io.dto.tooling.ManifestReader;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarFile;

/**
 * Lifecycle step 2: the manifest against its JSON Schema and model, then every {@link PluginCheck} (compatibility,
 * checksums, signature, bytecode scan), then the plugin's configuration against the manifest's parameters, and
 * finally where it may run ({@link ContainmentPolicy}). Every problem is collected, so one attempt tells the author
 * everything to fix. Blocking I/O: call it off the event loop.
 */
public final class PluginValidator {

    private final ManifestReader reader;
    private final List<PluginCheck> checks;
    private final Function<String, JsonObject> configs;
    private final Function<String, Set<Permission>> optionalGrants;
    private final ContainmentPolicy containment;

    /**
     * @param configs a plugin's configuration by plugin id
     * @param optionalGrants the optional permissions configuration grants a plugin id
     */
    public PluginValidator(ManifestReader reader, List<PluginCheck> checks, Function<String, JsonObject> configs,
            Function<String, Set<Permission>> optionalGrants, ContainmentPolicy containment) {
        this.reader = reader;
        this.checks = List.copyOf(checks);
        this.configs = configs;
        this.optionalGrants = optionalGrants;
        this.containment = containment;
    }

    public ValidatedPlugin validate(PluginJar jar) throws PluginRejectedException {
        if (jar.manifestText() == null) {
            throw new PluginRejectedException(jar.provisionalId(), "validation", List.of(
                    jar.source().getFileName() + " has no " + PluginManifest.ENTRY_NAME + " at its root"));
        }
        PluginManifest manifest;
        try {
            manifest = reader.read(jar.manifestText());
        } catch (ManifestException e) {
            throw new PluginRejectedException(jar.provisionalId(), "validation", e.problems());
        }
        List<String> problems = new ArrayList<>(runChecks(jar, manifest));
        ConfigValidator.Result config = ConfigValidator.validate(manifest.parameters(), configs.apply(manifest.id()));
        config.violations().forEach(v -> problems.add("configuration: " + v));
        ContainmentPolicy.Placement placement = containment.place(manifest);
        problems.addAll(placement.problems());
        if (!problems.isEmpty()) {
            throw new PluginRejectedException(manifest.id(), "validation", problems);
        }
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        granted.addAll(manifest.permissions().required());
        manifest.permissions().optional().stream()
                .filter(optionalGrants.apply(manifest.id())::contains)
                .forEach(granted::add);
        return new ValidatedPlugin(jar.path(), jar.source(), manifest, config.config(), Set.copyOf(granted),
                placement.warnings(), placement.trust(), placement.isolation());
    }

    private List<String> runChecks(PluginJar pluginJar, PluginManifest manifest) throws PluginRejectedException {
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(pluginJar.path().toFile())) {
            for (PluginCheck check : checks) {
                problems.addAll(check.check(jar, manifest));
            }
        } catch (Exception e) {
            throw new PluginRejectedException(manifest.id(), "validation",
                    "cannot read " + pluginJar.source() + ": " + e.getMessage(), e);
        }
        return problems;
    }
}
