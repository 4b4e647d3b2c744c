package org.openoms.system;

/** Order requests as a client sends them. */
final class OrderRequests {

    private OrderRequests() {
    }

    static String phoneOrder(String customerName, String email, String sku, int quantity, String unitPrice) {
        return phoneOrder(customerName, email, sku, quantity, unitPrice, "2026-12-01T17:00:00Z");
    }

    static String phoneOrder(String customerName, String email, String sku, int quantity, String unitPrice,
                             String despatchDeadline) {
        return """
                {"channel": "PHONE", "channelOrderRef": "CALL-%s",
                 "customer": {"name": "%s", "email": "%s", "phone": "+44 161 496 0000"},
                 "billingAddress": {"name": "%s", "line1": "1 Deansgate", "city": "Manchester", "postalCode": "M3 1AZ", "countryCode": "GB"},
                 "shippingAddress": {"name": "%s", "line1": "1 Deansgate", "city": "Manchester", "postalCode": "M3 1AZ", "countryCode": "GB"},
                 "lines": [{"sku": "%s", "description": "Regency cakestand 3 tier", "quantity": %d,
                            "unitPrice": {"amount": "%s", "currency": "GBP"}}],
                 "shippingCharge": {"amount": "4.99", "currency": "GBP"},
                 "adjustments": [{"kind": "DISCOUNT", "description": "loyalty", "amount": {"amount": "1.50", "currency": "GBP"}},
                                 {"kind": "SURCHARGE", "description": "gift wrap", "amount": {"amount": "0.75", "currency": "GBP"}}],
                 "currency": "GBP", "despatchDeadline": "%s", "deliveryDeadline": "2099-12-31T17:00:00Z"}
                """.formatted(sku, customerName, email, customerName, customerName, sku, quantity, unitPrice,
                despatchDeadline);
    }

    /** The same request with the order id the client chose. */
    static String withOrderId(String orderId, String request) {
        return request.replaceFirst("\\{", "{\"orderId\": \"" + orderId + "\", ");
    }

    static String receipt(int quantity) {
        return "{\"quantity\": " + quantity + ", \"reference\": \"PO-TEST\"}";
    }
}
