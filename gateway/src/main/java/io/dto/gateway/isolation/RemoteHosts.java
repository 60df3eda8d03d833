package io.dto.gateway.isolation;

import io.dto.gateway.plugin.HostVerticle;
import io.dto.gateway.plugin.LoadedPlugin;
import io.dto.gateway.plugin.PluginHost;
import io.dto.gateway.plugin.ProcessHosts;
import io.vertx.core.Vertx;

/** Creates {@link RemotePluginHost}s; they share one bridge, started when the first of them starts. */
public final class RemoteHosts implements ProcessHosts {

    private final IsolationBridge bridge;
    private final PluginProcess launcher = PluginProcess.ofThisJvm();

    public RemoteHosts(Vertx vertx) {
        this.bridge = new IsolationBridge(vertx);
    }

    @Override
    public HostVerticle create(LoadedPlugin loaded, PluginHost.HostServices services) {
        return new RemotePluginHost(loaded, services, bridge, launcher);
    }
}
