package org.openoms.kernel.common;

import java.time.Instant;

/**
 * The documented limits of every number and date the OMS accepts. They are far above any real order, and low
 * enough that no sum the OMS makes can wrap an int or reach a read model as a nonsense figure:
 * 1,000 lines × 1,000,000 units stay below 2^31 units per order.
 */
public final class Bounds {

    /** Units on one order or return line. */
    public static final int MAX_LINE_QUANTITY = 1_000_000;
    /** Units in one stock movement (receipt, adjustment) and on hand at one location. */
    public static final int MAX_STOCK_QUANTITY = 1_000_000_000;
    /** Lines on one order; the command API refuses from a configurable, lower number (default 500). */
    public static final int MAX_ORDER_LINES = 1_000;
    /** Hand-given surcharges and discounts on one order. */
    public static final int MAX_ORDER_ADJUSTMENTS = 100;
    /** Dates of deadlines, history and messages: from 2000-01-01 (inclusive) to 2101-01-01 (exclusive), UTC. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");
    /** Elasticsearch answers hits up to this position (its index.max_result_window); deeper pages are refused. */
    public static final int SEARCH_WINDOW = 10_000;
    /** The SQL order list pages up to this row; filters narrow a list further than that. */
    public static final int LIST_WINDOW = 1_000_000;

    private Bounds() {
    }
}
