package org.openoms.command.stock;

import java.util.Collection;
import java.util.Set;
import org.openoms.kernel.common.Sku;

/** The SKUs this merchant stocks: those received at some location at least once. */
public interface SkuCatalogue {

    /** Which of these SKUs are known. */
    Set<Sku> known(Collection<Sku> skus);
}
