package io.dto.api;

import java.util.Arrays;

/** What a plugin may do, as its manifest asks for it under {@code permissions}. */
public enum Permission {
    READ_MARKET_DATA("read_market_data"),
    PLACE_ORDERS("place_orders"),
    READ_ACCOUNT_INFO("read_account_info"),
    ACCESS_EXTERNAL_APIS("access_external_apis"),
    SEND_NOTIFICATIONS("send_notifications");

    private final String manifestName;

    Permission(String manifestName) {
        this.manifestName = manifestName;
    }

    public String manifestName() {
        return manifestName;
    }

    public static Permission fromManifestName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.manifestName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown permission '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(Permission::manifestName).toList()));
    }
}
