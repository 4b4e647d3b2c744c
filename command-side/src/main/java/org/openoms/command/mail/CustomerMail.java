package org.openoms.command.mail;

/** The emails the OMS can send a customer, each a template of its own (subject, text and HTML). */
public enum CustomerMail {
    /** Every line reserved: the order will be despatched. */
    CONFIRMED,
    /** The parcel left, with carrier, tracking number and tracking page. */
    DESPATCHED,
    /** A line waits for stock. */
    BACK_ORDERED
}
