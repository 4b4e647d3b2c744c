-- Where each polled channel account's next poll starts, and how its last polls went (README "Channels").
CREATE TABLE channel_cursor (
    channel      VARCHAR(20)   NOT NULL,
    account      VARCHAR(24)   NOT NULL,
    cursor       TEXT,
    next_poll_at TIMESTAMPTZ   NOT NULL,
    polled_at    TIMESTAMPTZ,
    failures     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000),
    PRIMARY KEY (channel, account)
);
