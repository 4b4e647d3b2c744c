-- Despatches to tell the channels about, until each channel acknowledges (README "Channels").
CREATE TABLE channel_confirmation (
    order_id          VARCHAR(64)   PRIMARY KEY,
    channel           VARCHAR(20)   NOT NULL,
    account           VARCHAR(24)   NOT NULL,
    channel_order_id  VARCHAR(64)   NOT NULL,
    carrier           VARCHAR(100)  NOT NULL,
    tracking_number   VARCHAR(100)  NOT NULL,
    despatched_at     TIMESTAMPTZ   NOT NULL,
    confirmed_at      TIMESTAMPTZ,
    channel_reference VARCHAR(100),
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ   NOT NULL,
    last_error        VARCHAR(1000)
);
CREATE INDEX channel_confirmation_due ON channel_confirmation (next_attempt_at) WHERE confirmed_at IS NULL;
