package org.openoms.kernel.returns;

import org.openoms.kernel.common.Require;

/** An RMA number. */
public record ReturnId(String value) {

    public ReturnId {
        value = Require.text(value, "returnId", 64);
        if (!value.matches("[A-Za-z0-9._:-]+")) {
            throw new IllegalArgumentException("returnId may hold letters, digits, '.', '_', ':' and '-' only");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
