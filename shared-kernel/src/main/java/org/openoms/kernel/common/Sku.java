package org.openoms.kernel.common;

/** A stock keeping unit code. Case-sensitive: real catalogues have both 85123A and 85123a. */
public record Sku(String value) {

    public Sku {
        value = Require.text(value, "sku", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
