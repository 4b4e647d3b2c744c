-- What each channel delivered and what became of it (README "Channels"); the payload is kept as it came.
CREATE TABLE channel_intake (
    id                BIGSERIAL     PRIMARY KEY,
    channel           VARCHAR(20)   NOT NULL,
    account           VARCHAR(24)   NOT NULL,
    topic             VARCHAR(60)   NOT NULL,
    channel_order_ref VARCHAR(100),
    received_at       TIMESTAMPTZ   NOT NULL,
    outcome           VARCHAR(20)   NOT NULL,
    reason            VARCHAR(1000),
    order_id          VARCHAR(64),
    payload           TEXT          NOT NULL
);
CREATE INDEX channel_intake_attention ON channel_intake (id) WHERE outcome = 'NEEDS_ATTENTION';

-- A channel account's SKUs in the OMS's terms.
CREATE TABLE channel_sku_map (
    channel     VARCHAR(20)  NOT NULL,
    account     VARCHAR(24)  NOT NULL,
    channel_sku VARCHAR(100) NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (channel, account, channel_sku)
);
