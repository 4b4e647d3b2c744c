-- Who to write to about an order (from its placement), and the emails to send, until each is sent.
CREATE TABLE order_contacts (
    order_id      VARCHAR(64)  PRIMARY KEY,
    order_number  VARCHAR(32)  NOT NULL,
    customer_name VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    channel       VARCHAR(20)  NOT NULL
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
