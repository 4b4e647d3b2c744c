package org.openoms.kernel.order;

/** Where an order was taken. */
public enum Channel {
    WEB, PHONE, MAIL, EMAIL, SHOP, AMAZON, EBAY, SHOPIFY, WOOCOMMERCE, WHOLESALE, MAGENTO, RAKUTEN, CSV
}
