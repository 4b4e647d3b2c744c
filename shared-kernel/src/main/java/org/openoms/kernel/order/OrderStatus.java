package org.openoms.kernel.order;

public enum OrderStatus {
    PLACED, AWAITING_STOCK, CONFIRMED, DESPATCHED, CANCELLED
}
