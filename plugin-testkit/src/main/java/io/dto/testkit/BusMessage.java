package io.dto.testkit;

/**
 * One message a plugin put on the bus, as {@link RecordingBus} recorded it.
 *
 * @param kind how it was sent
 * @param body the message object itself (no copy, as in one JVM)
 */
public record BusMessage(Kind kind, String address, Object body) {

    /** The three ways a plugin sends. */
    public enum Kind {
        PUBLISH,
        SEND,
        REQUEST
    }
}
