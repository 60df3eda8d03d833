package io.dto.plugins.fix;

import java.util.Map;

/**
 * The {@code msg_type} tag of the plugin's message counters: the name of each FIX message type the plugin sends or
 * expects, {@code other} for the rest, so the tag has a small, fixed set of values whatever the counterparty sends.
 */
final class MessageTypeNames {

    static final String OTHER = "other";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("0", "heartbeat"),
            Map.entry("1", "test_request"),
            Map.entry("2", "resend_request"),
            Map.entry("3", "reject"),
            Map.entry("4", "sequence_reset"),
            Map.entry("5", "logout"),
            Map.entry("A", "logon"),
            Map.entry("D", "new_order_single"),
            Map.entry("F", "order_cancel_request"),
            Map.entry("G", "order_cancel_replace_request"),
            Map.entry("H", "order_status_request"),
            Map.entry("AF", "order_mass_status_request"),
            Map.entry("8", "execution_report"),
            Map.entry("9", "order_cancel_reject"),
            Map.entry("j", "business_message_reject"));

    private MessageTypeNames() {
    }

    /** The tag value for a MsgType (tag 35). */
    static String of(String msgType) {
        return NAMES.getOrDefault(msgType, OTHER);
    }
}
