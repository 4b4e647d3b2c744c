-- Read models of the query side. Each table has exactly one writer: the projection named beside it.
-- They are disposable: a replay rebuilds them from the event store.

-- Tokens of the query side's processors, committed in the same transaction as the rows they cover.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    owner          VARCHAR(255),
    timestamp      VARCHAR(255) NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- order-list: one row per order, the list columns plus the whole detail as JSON.
CREATE TABLE orders (
    order_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_number      VARCHAR(32)  NOT NULL,
    channel           VARCHAR(20)  NOT NULL,
    channel_order_ref VARCHAR(100),
    customer_name     VARCHAR(200) NOT NULL,
    customer_email    VARCHAR(254),
    status            VARCHAR(20)  NOT NULL,
    total_amount      NUMERIC      NOT NULL,
    currency          CHAR(3)      NOT NULL,
    placed_at         TIMESTAMPTZ  NOT NULL,
    despatch_deadline TIMESTAMPTZ  NOT NULL,
    delivery_deadline TIMESTAMPTZ  NOT NULL,
    detail            JSONB        NOT NULL
);
CREATE INDEX orders_placed_at ON orders (placed_at DESC, order_id);
CREATE INDEX orders_status ON orders (status, placed_at DESC);
CREATE INDEX orders_channel ON orders (channel, placed_at DESC);
CREATE INDEX orders_order_number ON orders (order_number);

-- order-list: the lines, for filtering by SKU and for reports.
CREATE TABLE order_lines (
    order_id    VARCHAR(64)  NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    line_number INTEGER      NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    description VARCHAR(500),
    quantity    INTEGER      NOT NULL,
    unit_price  NUMERIC      NOT NULL,
    currency    CHAR(3)      NOT NULL,
    PRIMARY KEY (order_id, line_number)
);
CREATE INDEX order_lines_sku ON order_lines (sku);

-- order-timeline: every event of an order, in stream order.
CREATE TABLE order_timeline (
    order_id       VARCHAR(64)  NOT NULL,
    position       BIGINT       NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    event_type     VARCHAR(100) NOT NULL,
    summary        TEXT         NOT NULL,
    actor          VARCHAR(200),
    reason         TEXT,
    correlation_id VARCHAR(100),
    payload        JSONB        NOT NULL,
    PRIMARY KEY (order_id, position)
);

-- stock-levels: per SKU and location.
CREATE TABLE stock_levels (
    sku        VARCHAR(64) NOT NULL,
    location   VARCHAR(64) NOT NULL,
    on_hand    INTEGER     NOT NULL,
    reserved   INTEGER     NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sku, location)
);
