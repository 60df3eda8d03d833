package io.dto.gateway;

import io.dto.tooling.SemanticVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The platform version plugin compatibility ranges are checked against, stamped in by the build. */
public final class PlatformVersion {

    private PlatformVersion() {
    }

    public static SemanticVersion current() {
        return SemanticVersion.parse(properties().getProperty("platform.version"));
    }

    /** The Maven version of the gateway's artifacts (plugin-parent, plugin-api, ...), which plugin projects use. */
    public static String artifactVersion() {
        return properties().getProperty("artifact.version");
    }

    private static Properties properties() {
        try (InputStream in = PlatformVersion.class.getResourceAsStream("platform.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the gateway jar lacks platform.properties", e));
        }
    }
}
