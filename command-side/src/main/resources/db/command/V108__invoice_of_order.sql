-- What the invoice attached to a customer's email shows: the order as it was placed (JSON).
ALTER TABLE order_contacts ADD COLUMN invoice TEXT;
