package org.openoms.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166 codes for the country names the file uses; "XX" where it names none (user-assigned code). */
final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        CODES.put("eire", "IE");
        CODES.put("usa", "US");
        CODES.put("rsa", "ZA");
        CODES.put("channel islands", "JE");
        CODES.put("czech republic", "CZ");
    }

    private Countries() {
    }

    static String code(String name) {
        return CODES.getOrDefault(name.strip().toLowerCase(Locale.ROOT), "XX");
    }
}
