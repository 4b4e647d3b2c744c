-- message-search: one conversation per order, for customer service's inbox: who wrote last, since when the
-- customer waits (null: answered), which words of trouble the waiting messages hold, and whether the customer
-- wrote again after being answered.
CREATE TABLE inbox_conversations (
    order_id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_number           VARCHAR(32),
    customer               VARCHAR(254) NOT NULL,
    subject                VARCHAR(500),
    last_direction         VARCHAR(10)  NOT NULL,
    last_at                TIMESTAMPTZ  NOT NULL,
    waiting_since          TIMESTAMPTZ,
    messages               INT          NOT NULL,
    keywords               VARCHAR(200),
    replied_after_answer   BOOLEAN      NOT NULL DEFAULT false
);
CREATE INDEX inbox_conversations_last ON inbox_conversations (last_at DESC);
