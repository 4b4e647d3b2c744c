-- despatch-queue: orders awaiting despatch. The light is not stored: it is computed against the clock
-- when asked, so an order turns red without any event.
CREATE TABLE despatch_queue (
    order_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_number      VARCHAR(32)  NOT NULL,
    customer_name     VARCHAR(200) NOT NULL,
    channel           VARCHAR(20)  NOT NULL,
    location          VARCHAR(64)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    despatch_deadline TIMESTAMPTZ  NOT NULL
);
CREATE INDEX despatch_queue_deadline ON despatch_queue (location, despatch_deadline);
