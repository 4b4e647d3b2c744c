package org.openoms.platform.security;

/** What a person or a system may do in the OMS; a token carries its roles in the {@code roles} claim. */
public enum Role {
    /** Orders, cancellations, messages, notes, returns, search. */
    CUSTOMER_SERVICE,
    /** Stock, despatch, return receipt. */
    WAREHOUSE,
    /** Reports and the despatch queue; everything of the roles above, read-only. */
    MANAGER,
    /** Reads everything, timelines included; writes nothing. */
    AUDITOR,
    /** Channel clients and tools: place orders, record messages, load history. */
    INTEGRATION,
    /** Projection status, rebuilds and parked events; users and clients. */
    ADMIN,
    /** A monitoring system (Prometheus): scrapes the metrics, nothing else. */
    MONITORING
}
