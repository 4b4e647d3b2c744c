-- What of each order may still be returned; written in the same transaction as the order's events.
CREATE TABLE returnable_order (
    order_id VARCHAR(64) NOT NULL PRIMARY KEY,
    status   VARCHAR(20) NOT NULL
);

CREATE TABLE returnable_line (
    order_id    VARCHAR(64) NOT NULL REFERENCES returnable_order (order_id),
    line_number INTEGER     NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    unit_price  NUMERIC     NOT NULL,
    currency    CHAR(3)     NOT NULL,
    ordered     INTEGER     NOT NULL,
    returned    INTEGER     NOT NULL,
    PRIMARY KEY (order_id, line_number),
    CHECK (returned <= ordered)
);
