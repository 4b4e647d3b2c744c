package org.openoms.importer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the load will send, decided before anything is sent. The rules (also in the README):
 * <ul>
 *   <li>every ordinary invoice with at least one sale line (positive quantity, positive price) becomes an
 *   order from history, placed at the invoice time (UK local time); its lines are those sale lines;</li>
 *   <li>lines at price 0 and lines with a negative quantity on ordinary invoices are stock write-offs, and
 *   "A" invoices are bad-debt adjustments: neither is a sale, neither is loaded;</li>
 *   <li>each line of a cancellation ("C") invoice of a known customer is matched to that customer's latest
 *   earlier order with the same stock code and enough units not yet returned; the matched lines of one
 *   cancellation invoice and one order become one return, refunded at the price sold, no fees, written off,
 *   dated at the cancellation; guest and unmatched cancellation lines are counted and not loaded.</li>
 * </ul>
 */
final class ImportPlan {

    static final ZoneId UK = ZoneId.of("Europe/London");

    record Line(int lineNumber, String stockCode, String description, int quantity, BigDecimal unitPrice) {
    }

    record Order(String invoiceNo, Instant placedAt, String customerId, String country, List<Line> lines) {

        String orderId() {
            return "OR-" + invoiceNo;
        }

        BigDecimal value() {
            return lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record ReturnLine(int lineNumber, int quantity, BigDecimal unitPrice) {
    }

    record Return(String cancellationInvoice, Order order, Instant occurredAt, List<ReturnLine> lines) {

        String returnId() {
            return "RMA-" + cancellationInvoice + "-" + order.invoiceNo();
        }

        BigDecimal refund() {
            return lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record Skipped(long writeOffLines, long badDebtLines, long guestCancellationLines,
                   long unmatchedCancellationLines, BigDecimal unmatchedCancellationValue) {
    }

    final List<Order> orders = new ArrayList<>();
    final List<Return> returns = new ArrayList<>();
    long rows;
    private long writeOffLines;
    private long badDebtLines;
    private long guestCancellationLines;
    private long unmatchedCancellationLines;
    private BigDecimal unmatchedCancellationValue = BigDecimal.ZERO;

    /** Units of each order line not yet returned, per customer, latest order last. */
    private final Map<String, List<Order>> ordersByCustomer = new HashMap<>();
    private final Map<String, int[]> remaining = new HashMap<>();

    /**
     * The file is in date order, one invoice's lines together, but not always: an invoice can come back
     * later in the file. Lines are grouped by invoice number, invoices taken in order of first appearance.
     */
    static ImportPlan of(Iterable<OnlineRetailRow> rows) {
        ImportPlan plan = new ImportPlan();
        Map<String, List<OnlineRetailRow>> invoices = new LinkedHashMap<>();
        for (OnlineRetailRow row : rows) {
            plan.rows++;
            invoices.computeIfAbsent(row.invoiceNo(), n -> new ArrayList<>()).add(row);
        }
        invoices.values().forEach(plan::add);
        return plan;
    }

    Skipped skipped() {
        return new Skipped(writeOffLines, badDebtLines, guestCancellationLines, unmatchedCancellationLines,
                unmatchedCancellationValue);
    }

    private void add(List<OnlineRetailRow> invoice) {
        OnlineRetailRow first = invoice.get(0);
        Instant at = first.invoiceDate().atZone(UK).toInstant();
        if (first.badDebtAdjustment()) {
            badDebtLines += invoice.size();
        } else if (first.cancellation()) {
            addCancellation(first.invoiceNo(), at, invoice);
        } else {
            List<Line> lines = new ArrayList<>();
            for (OnlineRetailRow row : invoice) {
                if (row.sale()) {
                    lines.add(new Line(lines.size() + 1, row.stockCode(), row.description(), row.quantity(),
                            row.unitPrice()));
                } else {
                    writeOffLines++;
                }
            }
            if (!lines.isEmpty()) {
                Order order = new Order(first.invoiceNo(), at, first.customerId(), first.country(), List.copyOf(lines));
                orders.add(order);
                int[] units = lines.stream().mapToInt(Line::quantity).toArray();
                remaining.put(order.invoiceNo(), units);
                if (order.customerId() != null) {
                    ordersByCustomer.computeIfAbsent(order.customerId(), c -> new ArrayList<>()).add(order);
                }
            }
        }
    }

    private void addCancellation(String invoiceNo, Instant at, List<OnlineRetailRow> invoice) {
        Map<Order, List<ReturnLine>> matched = new LinkedHashMap<>();
        for (OnlineRetailRow row : invoice) {
            if (row.quantity() >= 0 || row.unitPrice().signum() <= 0) {
                writeOffLines++;
                continue;
            }
            if (row.customerId() == null) {
                guestCancellationLines++;
                continue;
            }
            int units = -row.quantity();
            ReturnLine line = match(row.customerId(), row.stockCode(), units, matched);
            if (line == null) {
                unmatchedCancellationLines++;
                unmatchedCancellationValue = unmatchedCancellationValue.add(row.value().negate());
            }
        }
        matched.forEach((order, lines) -> returns.add(new Return(invoiceNo, order, at, List.copyOf(lines))));
    }

    private ReturnLine match(String customerId, String stockCode, int units, Map<Order, List<ReturnLine>> matched) {
        List<Order> history = ordersByCustomer.getOrDefault(customerId, List.of());
        for (int i = history.size() - 1; i >= 0; i--) {
            Order order = history.get(i);
            int[] left = remaining.get(order.invoiceNo());
            for (Line line : order.lines()) {
                if (line.stockCode().equals(stockCode) && left[line.lineNumber() - 1] >= units) {
                    left[line.lineNumber() - 1] -= units;
                    ReturnLine returned = new ReturnLine(line.lineNumber(), units, line.unitPrice());
                    List<ReturnLine> lines = matched.computeIfAbsent(order, o -> new ArrayList<>());
                    // one return line per order line: merge a second cancellation of the same line
                    for (int k = 0; k < lines.size(); k++) {
                        if (lines.get(k).lineNumber() == returned.lineNumber()) {
                            ReturnLine merged = new ReturnLine(returned.lineNumber(),
                                    lines.get(k).quantity() + units, returned.unitPrice());
                            lines.set(k, merged);
                            return merged;
                        }
                    }
                    lines.add(returned);
                    return returned;
                }
            }
        }
        return null;
    }
}
