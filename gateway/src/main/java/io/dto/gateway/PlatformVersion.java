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
        try (InputStream in = PlatformVersion.class.getResourceAsStream("platform.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return SemanticVersion.parse(properties.getProperty("platform.version"));
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the gateway jar lacks platform.properties", e));
        }
    }
}
