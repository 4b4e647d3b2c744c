package org.openoms.command.channel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ISO 3166 alpha-2 codes, from a code or from a country's English name as channels send it. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : CODES) {
            BY_NAME.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // what channels write for these differs from the JDK's English name
        BY_NAME.put("united states of america", "US");
        BY_NAME.put("usa", "US");
        BY_NAME.put("great britain", "GB");
        BY_NAME.put("england", "GB");
        BY_NAME.put("scotland", "GB");
        BY_NAME.put("wales", "GB");
        BY_NAME.put("northern ireland", "GB");
    }

    private Countries() {
    }

    /** The code of {@code codeOrName} ("GB", "gb", "United Kingdom"), or empty when it names no country. */
    public static Optional<String> code(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        if (text.length() == 2 && CODES.contains(text.toUpperCase(Locale.ROOT))) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(BY_NAME.get(text.toLowerCase(Locale.ROOT)));
    }
}
