package io.dto.gateway.plugin;

import io.dto.api.manifest.Compatibility;
import io.dto.api.manifest.PluginManifest;
import io.dto.tooling.SemanticVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** The platform version must lie in the manifest's {@code [min, max)} range, and the JVM must be new enough. */
public final class CompatibilityCheck implements PluginCheck {

    private final SemanticVersion platformVersion;
    private final int javaFeatureVersion;

    public CompatibilityCheck(SemanticVersion platformVersion, int javaFeatureVersion) {
        this.platformVersion = platformVersion;
        this.javaFeatureVersion = javaFeatureVersion;
    }

    @Override
    public List<String> check(JarFile jar, PluginManifest manifest) {
        List<String> problems = new ArrayList<>();
        Compatibility range = manifest.compatibility();
        if (!platformVersion.within(range.minPlatformVersion(), range.maxPlatformVersion())) {
            problems.add("platform " + platformVersion + " is outside the plugin's compatibility range ["
                    + range.minPlatformVersion() + ", " + (range.maxPlatformVersion() == null ? "any"
                    : range.maxPlatformVersion()) + ")");
        }
        if (range.javaVersion() != null) {
            int required = Integer.parseInt(range.javaVersion().replace(">=", ""));
            if (javaFeatureVersion < required) {
                problems.add("the plugin needs Java " + required + " or newer; this gateway runs on Java "
                        + javaFeatureVersion);
            }
        }
        return problems;
    }
}
