package io.dto.api.manifest;

import java.util.Objects;

/**
 * One entry of {@code configuration.parameters}: type, default, bounds and, for arrays, the item type.
 *
 * @param defaultValue a JSON value (String, Number, Boolean, List, Map) or {@code null}
 * @param required when true the configuration must give a value (a default does not count)
 */
public record ParameterSpec(ParameterType type, Object defaultValue, Double min, Double max, ParameterType itemType,
        String description, boolean required) {

    public ParameterSpec {
        Objects.requireNonNull(type, "type");
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }
}
