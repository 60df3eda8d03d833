package io.dto.api;

/** A plugin tried something its manifest's permissions do not grant, or that no plugin may do. */
public final class PermissionDeniedException extends SecurityException {

    public PermissionDeniedException(String pluginId, Permission missing, String attempted) {
        super("plugin '" + pluginId + "' may not " + attempted + ": its manifest does not grant '"
                + missing.manifestName() + "'");
    }

    public PermissionDeniedException(String pluginId, String attempted, String why) {
        super("plugin '" + pluginId + "' may not " + attempted + ": " + why);
    }
}
