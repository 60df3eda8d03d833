package io.dto.gateway.security;

import io.dto.api.PluginType;
import io.dto.api.manifest.PluginManifest;
import io.dto.gateway.config.SecurityConfig;
import io.dto.gateway.config.SecurityConfig.Isolation;
import io.dto.gateway.config.SecurityConfig.UntrustedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a validated plugin runs, from its trust and the configuration: a plugin that {@code plugins.isolation}
 * names runs where it says; otherwise a trusted plugin runs on a shared event loop, and an untrusted one in a
 * plugin-host process ({@code untrusted: isolate}) or on a thread of its own ({@code untrusted: warn}).
 */
public final class ContainmentPolicy {

    /** The plugin types a plugin-host process can run: those that talk to the gateway only by publishing. */
    public static final Set<PluginType> PROCESS_TYPES =
            Set.of(PluginType.STRATEGY, PluginType.INDICATOR, PluginType.DATA_PROVIDER);

    /** Trust and placement of one plugin, with what deserves a warning. */
    public record Placement(Trust trust, Isolation isolation, List<String> warnings, List<String> problems) {
    }

    private final SecurityConfig config;
    private final TrustedKeys keys;

    public ContainmentPolicy(SecurityConfig config, TrustedKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    public TrustedKeys keys() {
        return keys;
    }

    public Placement place(PluginManifest manifest) {
        Trust trust = keys.trust(manifest.security());
        Isolation configured = config.isolation().get(manifest.id());
        Isolation isolation;
        if (configured != null) {
            isolation = configured;
        } else if (trust.trusted()) {
            isolation = Isolation.EVENT_LOOP;
        } else {
            isolation = config.untrusted() == UntrustedPolicy.ISOLATE ? Isolation.PROCESS : Isolation.THREAD;
        }
        List<String> warnings = new ArrayList<>();
        if (!trust.trusted()) {
            warnings.add(trust.reason() + "; it runs untrusted, " + describe(isolation));
        }
        List<String> problems = new ArrayList<>();
        PluginType type = manifest.pluginInfo().type();
        if (isolation == Isolation.PROCESS && !PROCESS_TYPES.contains(type)) {
            problems.add("a " + type.manifestName() + " plugin cannot run in a plugin-host process (only "
                    + PROCESS_TYPES.stream().map(PluginType::manifestName).sorted().toList() + " can): sign it with "
                    + "a trusted key, or set plugins.isolation." + manifest.id() + " to thread");
        }
        return new Placement(trust, isolation, warnings, problems);
    }

    private static String describe(Isolation isolation) {
        return switch (isolation) {
            case EVENT_LOOP -> "on a shared event loop (plugins.isolation says so)";
            case THREAD -> "in the gateway on a thread of its own";
            case PROCESS -> "in a plugin-host process of its own";
        };
    }
}
