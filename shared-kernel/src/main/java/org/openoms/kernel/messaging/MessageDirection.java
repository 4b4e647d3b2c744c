package org.openoms.kernel.messaging;

public enum MessageDirection {
    INBOUND, OUTBOUND
}
