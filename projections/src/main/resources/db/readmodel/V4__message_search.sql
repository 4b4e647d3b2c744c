-- message-search: what the message index needs to know of each order, and which messages it holds,
-- so a change of order status can re-index that order's messages.
CREATE TABLE message_order_state (
    order_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    order_number  VARCHAR(32) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    despatched_at TIMESTAMPTZ
);

CREATE TABLE message_index_entries (
    message_id VARCHAR(100) NOT NULL PRIMARY KEY,
    order_id   VARCHAR(64)  NOT NULL
);
CREATE INDEX message_index_entries_order ON message_index_entries (order_id);
