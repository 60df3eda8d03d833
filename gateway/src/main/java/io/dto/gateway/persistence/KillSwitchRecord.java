package io.dto.gateway.persistence;

import java.time.Instant;

/** One kill-switch scope ({@code all}, {@code broker:<id>}, {@code strategy:<id>}) and whether it is on. */
public record KillSwitchRecord(String scope, boolean enabled, Instant changedAt) {
}
