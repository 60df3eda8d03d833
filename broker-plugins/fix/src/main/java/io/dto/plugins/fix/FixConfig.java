package io.dto.plugins.fix;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The plugin's configuration, as {@code plugin-manifest.json} declares it (snake-case keys; the gateway fills in
 * defaults, and the same defaults apply here when a key is absent).
 *
 * @param settingsFile the QuickFIX/J settings file that describes the session
 * @param resendMaxAge how long a new order or replace may wait in the store while the session is down and still be
 *     resent; older ones are gap-filled and reported rejected
 * @param massStatus whether to reconcile with an OrderMassStatusRequest before per-order status requests
 * @param cancelOnDisconnect whether to cancel, after every logon, the orders open when it happened
 * @param statusInterval how often the session status is refreshed
 * @param account the FIX Account (tag 1) for every order, if any
 */
public record FixConfig(Path settingsFile, Duration resendMaxAge, boolean massStatus, boolean cancelOnDisconnect,
        Duration statusInterval, Optional<String> account) {

    public static final String DEFAULT_SETTINGS_FILE = "config/quickfixj/fix-sim-initiator.cfg";

    public FixConfig {
        if (resendMaxAge.isNegative()) {
            throw new IllegalArgumentException("resend_max_age_ms must not be negative, got "
                    + resendMaxAge.toMillis());
        }
        if (statusInterval.toMillis() < 100) {
            throw new IllegalArgumentException("status_interval_ms must be at least 100, got "
                    + statusInterval.toMillis());
        }
    }

    /** Reads the configuration; a bad value fails with a message that names the key. */
    public static FixConfig from(JsonObject json) {
        String settings = json.getString("settings_file", DEFAULT_SETTINGS_FILE);
        if (settings.isBlank()) {
            throw new IllegalArgumentException("settings_file must name a QuickFIX/J settings file, e.g. "
                    + DEFAULT_SETTINGS_FILE);
        }
        String account = json.getString("account", "");
        return new FixConfig(Path.of(settings),
                Duration.ofMillis(json.getLong("resend_max_age_ms", 5_000L)),
                json.getBoolean("mass_status", false),
                json.getBoolean("cancel_on_disconnect", false),
                Duration.ofMillis(json.getLong("status_interval_ms", 1_000L)),
                account.isBlank() ? Optional.empty() : Optional.of(account));
    }
}
