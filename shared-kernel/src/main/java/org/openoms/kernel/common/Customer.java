package org.openoms.kernel.common;

import java.util.regex.Pattern;

/** Who placed the order. Email and phone are optional (phone and mail orders may lack one of them). */
public record Customer(String name, String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Customer {
        name = Require.text(name, "name", 200);
        email = Require.optionalText(email, "email", 254);
        phone = Require.optionalText(phone, "phone", 40);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email is not an email address: " + email);
        }
    }
}
