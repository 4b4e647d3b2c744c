-- stock-levels: returned units held apart for inspection.
ALTER TABLE stock_levels ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0;
