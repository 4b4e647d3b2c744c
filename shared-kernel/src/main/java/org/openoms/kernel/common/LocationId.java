package org.openoms.kernel.common;

/** A fulfilment location: warehouse, store, 3PL or drop-shipper. */
public record LocationId(String value) {

    public static final LocationId DEFAULT = new LocationId("MAIN");

    public LocationId {
        value = Require.text(value, "location", 64);
        if (!value.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("location may hold letters, digits, '-' and '_' only, was " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
