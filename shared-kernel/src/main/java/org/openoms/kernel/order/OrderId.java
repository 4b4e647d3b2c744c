package org.openoms.kernel.order;

import org.openoms.kernel.common.InvalidValue;
import org.openoms.kernel.common.Require;

/** The order's identity, chosen by the client or the server; retrying with the same id is harmless. */
public record OrderId(String value) {

    public OrderId {
        value = Require.text(value, "orderId", 64);
        if (!value.matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidValue("orderId", "orderId may hold letters, digits, '.', '_', ':' and '-' only");
        }
    }

    /** Axon keys streams and saga associations by toString(). */
    @Override
    public String toString() {
        return value;
    }
}
