package io.dto.api.manifest;

import java.util.List;

/**
 * Which platform versions the plugin runs on: {@code min_platform_version} inclusive, {@code max_platform_version}
 * exclusive (semantic versions), as in the guide's {@code 1.0.0} to {@code 2.0.0}.
 *
 * @param javaVersion the guide's {@code python_version} for the JVM, e.g. {@code >=17}
 */
public record Compatibility(String minPlatformVersion, String maxPlatformVersion, String javaVersion,
        List<String> supportedOses) {

    public Compatibility {
        supportedOses = supportedOses == null ? List.of() : List.copyOf(supportedOses);
    }
}
