package org.openoms.importer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One line of the Online Retail file, as published (see shared/datasets/online-retail/SOURCE.md). */
record OnlineRetailRow(String invoiceNo, String stockCode, String description, int quantity,
                       LocalDateTime invoiceDate, BigDecimal unitPrice, String customerId, String country) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static OnlineRetailRow of(List<String> fields) {
        if (fields.size() != 8) {
            throw new IllegalArgumentException("expected 8 fields, found " + fields.size() + ": " + fields);
        }
        String customer = fields.get(6).strip();
        // CustomerID is written as a float ("17850.0"); empty for guest orders
        String customerId = customer.isEmpty() ? null : customer.replaceFirst("\\.0$", "");
        return new OnlineRetailRow(fields.get(0).strip(), fields.get(1).strip(), fields.get(2),
                Integer.parseInt(fields.get(3).strip()), LocalDateTime.parse(fields.get(4).strip(), DATE),
                new BigDecimal(fields.get(5).strip()), customerId, fields.get(7).strip());
    }

    boolean cancellation() {
        return invoiceNo.startsWith("C");
    }

    boolean badDebtAdjustment() {
        return invoiceNo.startsWith("A");
    }

    /** A line that counts as a sale: on an ordinary invoice, a positive quantity at a positive price. */
    boolean sale() {
        return !cancellation() && !badDebtAdjustment() && quantity > 0 && unitPrice.signum() > 0;
    }

    BigDecimal value() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
