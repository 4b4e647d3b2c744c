package org.openoms.command.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.PlaceOrder;
import org.openoms.kernel.order.PriceAdjustment;

/** Builds orders so a test reads like its scenario: {@code anOrder("o-1").line("SKU-1", 2, "2.55")}. */
public final class OrderTestData {

    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final Instant DESPATCH_BY = Instant.parse("2026-11-24T17:00:00Z");
    public static final Instant DELIVER_BY = Instant.parse("2026-11-26T17:00:00Z");
    private static final Currency GBP = Currency.getInstance("GBP");

    private final OrderId orderId;
    private final List<OrderLine> lines = new ArrayList<>();
    private final List<PriceAdjustment> adjustments = new ArrayList<>();
    private Money shipping = Money.of("4.99", "GBP");
    private Instant despatchBy = DESPATCH_BY;

    private OrderTestData(String orderId) {
        this.orderId = new OrderId(orderId);
    }

    public static OrderTestData anOrder(String orderId) {
        return new OrderTestData(orderId);
    }

    public OrderTestData line(String sku, int quantity, String unitPrice) {
        lines.add(new OrderLine(lines.size() + 1, new Sku(sku), "item " + sku, quantity, Money.of(unitPrice, "GBP")));
        return this;
    }

    public OrderTestData discount(String amount) {
        adjustments.add(new PriceAdjustment(PriceAdjustment.Kind.DISCOUNT, "goodwill", Money.of(amount, "GBP")));
        return this;
    }

    public OrderTestData shipping(String amount) {
        shipping = Money.of(amount, "GBP");
        return this;
    }

    public OrderTestData despatchBy(Instant deadline) {
        despatchBy = deadline;
        return this;
    }

    public PlaceOrder place() {
        return new PlaceOrder(orderId, "SO-0000001", Channel.PHONE, "CALL-1", customer(), address(), address(),
                lines, shipping, adjustments, GBP, despatchBy, deliverBy());
    }

    public OrderPlaced placed() {
        return new OrderPlaced(orderId, "SO-0000001", Channel.PHONE, "CALL-1", customer(), address(), address(),
                List.copyOf(lines), shipping, List.copyOf(adjustments), GBP, despatchBy, deliverBy(), NOW, null);
    }

    private Instant deliverBy() {
        return despatchBy.isAfter(DELIVER_BY) ? despatchBy.plusSeconds(2 * 86400) : DELIVER_BY;
    }

    public static Customer customer() {
        return new Customer("Ada Lovelace", "ada@example.com", "+44 20 7946 0001");
    }

    public static Address address() {
        return new Address("Ada Lovelace", "12 St James's Square", null, "London", null, "SW1Y 4JH", "GB");
    }
}
