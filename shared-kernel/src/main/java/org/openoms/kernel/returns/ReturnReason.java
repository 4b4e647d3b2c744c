package org.openoms.kernel.returns;

/** Why the customer sends it back. */
public enum ReturnReason {
    DAMAGED, FAULTY, WRONG_ITEM, NOT_AS_DESCRIBED, CHANGED_MIND, ARRIVED_LATE, OTHER
}
