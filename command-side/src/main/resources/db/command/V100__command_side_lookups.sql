-- Lookups the command side keeps beside its event store: human order numbers and the SKUs known.
CREATE SEQUENCE order_number_seq INCREMENT BY 1 START WITH 1;

CREATE TABLE known_sku (
    sku VARCHAR(64) NOT NULL PRIMARY KEY
);
