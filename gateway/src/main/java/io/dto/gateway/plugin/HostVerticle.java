package io.dto.gateway.plugin;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.OptionalLong;

/**
 * The verticle that runs one plugin, as the plugin manager sees it: in the gateway ({@link PluginHost}) or in a
 * plugin-host process behind the event-bus bridge ({@code RemotePluginHost}).
 */
public abstract class HostVerticle extends VerticleBase {

    public abstract PluginStats stats();

    /** The process the plugin runs in, when it is not the gateway's. */
    public OptionalLong processId() {
        return OptionalLong.empty();
    }

    /**
     * Cuts the plugin off before it is undeployed after a strike: nothing more reaches it, so a plugin stuck in a
     * call does not work through a queue of messages before its host can stop. Callable from any thread.
     */
    public abstract void detach();

    /** Replaces the running instance by a new version (hot reload). */
    public abstract Future<Void> replace(LoadedPlugin next);
}
