package org.openoms.kernel.returns;

/** What happens to a returned line on receipt. */
public enum Disposition {
    /** sellable again: on hand at the receiving location goes up */
    BACK_TO_STOCK,
    /** kept apart for inspection: counted, never available to promise */
    QUARANTINE,
    /** scrapped */
    WRITE_OFF
}
