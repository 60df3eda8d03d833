package io.dto.systemtest.hostile;

import io.dto.api.message.MarketData;
import java.lang.reflect.Field;

/** Reaches into the order manager's private state by deep reflection. */
public final class ReflectingStrategy extends HostileStrategy {

    public ReflectingStrategy() {
        super("reflecting");
    }

    @Override
    protected void onTick(MarketData data) {
        try {
            Class<?> manager = Class.forName("io.dto.gateway.order.OrderManagerVerticle", true,
                    context.getClass().getClassLoader());
            for (Field field : manager.getDeclaredFields()) {
                field.setAccessible(true);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
