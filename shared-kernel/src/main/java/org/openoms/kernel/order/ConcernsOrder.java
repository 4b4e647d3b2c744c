package org.openoms.kernel.order;

/** An event that belongs on an order's timeline, whichever stream it was appended to. */
public interface ConcernsOrder {

    OrderId orderId();
}
