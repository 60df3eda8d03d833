package io.dto.gateway.order;

/**
 * A request the order manager refuses before it becomes an order (or before it changes one): bad input (400), an
 * unknown order (404), a state that does not allow it (409), risk (422), or storage down (503). Nothing changed.
 */
final class OrderRefusedException extends RuntimeException {

    private final int status;

    OrderRefusedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
