package org.openoms.kernel.common;

/** A postal address; country is an ISO 3166-1 alpha-2 code. */
public record Address(String name, String line1, String line2, String city, String region,
                      String postalCode, String countryCode) {

    public Address {
        name = Require.text(name, "name", 200);
        line1 = Require.text(line1, "line1", 200);
        line2 = Require.optionalText(line2, "line2", 200);
        city = Require.text(city, "city", 100);
        region = Require.optionalText(region, "region", 100);
        postalCode = Require.optionalText(postalCode, "postalCode", 20);
        countryCode = Require.text(countryCode, "countryCode", 2).toUpperCase();
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be a two-letter ISO 3166 code, was " + countryCode);
        }
    }
}
