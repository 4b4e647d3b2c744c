-- message-search: the orders whose customer wrote last, since their oldest unanswered message. A reply
-- (an outbound message) answers them all.
CREATE TABLE awaiting_reply (
    order_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    message_id VARCHAR(100) NOT NULL,
    since      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX awaiting_reply_since ON awaiting_reply (since);
