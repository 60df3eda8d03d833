package io.dto.testkit;

/**
 * A plugin method that returns a {@code Future} returned a failed one; the cause is the plugin's own failure. The
 * harnesses' convenience methods ({@code submit}, {@code historicalBars}, ...) throw this so a test can write
 * {@code assertThatThrownBy(...).hasMessageContaining(...)}; the message includes the cause's.
 */
public final class PluginCallFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginCallFailedException(String call, Throwable cause) {
        super(call + " failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
    }
}
