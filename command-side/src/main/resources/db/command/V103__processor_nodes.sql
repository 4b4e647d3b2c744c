-- The running command-side instances, for sharing the saga processors' segments (SegmentBalancer).
CREATE TABLE processor_node (
    node_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    last_seen TIMESTAMPTZ  NOT NULL
);
