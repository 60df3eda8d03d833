package io.dto.api.manifest;

import io.dto.api.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permissions a plugin asks for. Required ones are granted or the plugin is refused; optional ones are granted
 * when the gateway's configuration allows them for this plugin.
 */
public record Permissions(Set<Permission> required, Set<Permission> optional) {

    public static final Permissions NONE = new Permissions(Set.of(), Set.of());

    public Permissions {
        required = required == null || required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
        optional = optional == null || optional.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optional));
    }
}
