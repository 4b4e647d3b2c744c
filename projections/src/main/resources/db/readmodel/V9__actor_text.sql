-- The actor now comes from a token's name claim, whose length the identity provider decides: TEXT holds any.
ALTER TABLE order_timeline ALTER COLUMN actor TYPE TEXT;
