package io.dto.systemtest.lib;

/**
 * A stand-in library class: plugins compile against this one, but their jars bundle other builds of it under
 * {@code lib/} ({@link io.dto.systemtest.PluginLibrariesTest} generates them), so each plugin runs the version it
 * bundles.
 */
public final class LibraryVersion {

    private LibraryVersion() {
    }

    public static String version() {
        return "compiled-against";
    }
}
