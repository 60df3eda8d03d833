package io.dto.gateway.plugin;

import io.dto.api.Addresses;
import io.dto.api.UtilityPlugin;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * Hosts a utility plugin: requests on {@code utility.<plugin>} with header {@value #OPERATION_HEADER} and a JSON
 * body are answered with the plugin's JSON result. A reload stops the old instance first, since utilities such as
 * the FIX venue hold a port.
 */
final class UtilityHost extends PluginHost<UtilityPlugin> {

    static final String OPERATION_HEADER = "operation";

    UtilityHost(LoadedPlugin loaded, HostServices services) {
        super(UtilityPlugin.class, loaded, services);
    }

    @Override
    protected ReloadOrder reloadOrder() {
        return ReloadOrder.BREAK_BEFORE_MAKE;
    }

    @Override
    protected Set<String> addresses(HostedPlugin<UtilityPlugin> instance) {
        return Set.of(Addresses.utility(instance.id()));
    }

    @Override
    protected void onMessage(HostedPlugin<UtilityPlugin> instance, Message<Object> message) {
        String operation = message.headers().get(OPERATION_HEADER);
        if (operation == null || !instance.plugin().operations().contains(operation)) {
            message.fail(404, "utility " + instance.id() + " has no operation '" + operation + "'; it offers "
                    + instance.plugin().operations());
            return;
        }
        JsonObject arguments = message.body() instanceof JsonObject json ? json : new JsonObject();
        instance.plugin().invoke(operation, arguments).onComplete(ar -> {
            if (ar.succeeded()) {
                message.reply(ar.result());
            } else {
                message.fail(422, describe(ar.cause()));
            }
        });
    }
}
