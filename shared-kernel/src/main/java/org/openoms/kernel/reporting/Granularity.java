package org.openoms.kernel.reporting;

public enum Granularity {
    DAY, MONTH
}
