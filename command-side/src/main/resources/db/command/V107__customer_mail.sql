-- Who to write to about an order, and how a customer's email names it (from its placement); the emails to
-- send, until each is sent; emails from customers that name no order the OMS knows.
CREATE TABLE order_contacts (
    order_id          VARCHAR(64)  PRIMARY KEY,
    order_number      VARCHAR(32)  NOT NULL,
    channel_order_ref VARCHAR(100),
    customer_name     VARCHAR(200) NOT NULL,
    email             VARCHAR(254),
    channel           VARCHAR(20)  NOT NULL,
    placed_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX order_contacts_number ON order_contacts (order_number);
CREATE INDEX order_contacts_reference ON order_contacts (channel_order_ref);
CREATE INDEX order_contacts_email ON order_contacts (lower(email), placed_at DESC);

CREATE TABLE unmatched_messages (
    message_id  VARCHAR(100)  PRIMARY KEY,
    sender      VARCHAR(254)  NOT NULL,
    subject     VARCHAR(500),
    body        TEXT          NOT NULL,
    received_at TIMESTAMPTZ   NOT NULL
);

CREATE TABLE mail_outbox (
    id              BIGSERIAL     PRIMARY KEY,
    order_id        VARCHAR(64)   NOT NULL,
    template        VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    variables       TEXT          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_error      VARCHAR(1000),
    UNIQUE (order_id, template)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
