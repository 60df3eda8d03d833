package io.dto.gateway.plugin;

import io.dto.api.UiPanel;
import io.dto.api.UiPlugin;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * Hosts a UI plugin: on the gateway-internal address {@link #address(String)}, a request with header
 * {@value #PANEL_HEADER} answers that panel's data, and one without it lists the panels.
 */
public final class UiHost extends PluginHost<UiPlugin> {

    public static final String PANEL_HEADER = "panel";

    UiHost(LoadedPlugin loaded, HostServices services) {
        super(UiPlugin.class, loaded, services);
    }

    public static String address(String pluginId) {
        return "gateway.ui." + pluginId;
    }

    @Override
    protected Set<String> addresses(HostedPlugin<UiPlugin> instance) {
        return Set.of(address(instance.id()));
    }

    @Override
    protected void onMessage(HostedPlugin<UiPlugin> instance, Message<Object> message) {
        String panel = message.headers().get(PANEL_HEADER);
        if (panel == null) {
            JsonArray panels = new JsonArray();
            for (UiPanel p : instance.plugin().panels()) {
                panels.add(new JsonObject().put("id", p.id()).put("title", p.title())
                        .put("description", p.description()).put("refreshMillis", p.refreshMillis()));
            }
            message.reply(new JsonObject().put("panels", panels));
            return;
        }
        instance.plugin().panelData(panel).onComplete(ar -> {
            if (ar.succeeded()) {
                message.reply(ar.result());
            } else {
                message.fail(422, describe(ar.cause()));
            }
        });
    }
}
