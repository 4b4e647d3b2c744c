-- The running query-side instances, for sharing the projections' segments (SegmentBalancer).
CREATE TABLE processor_node (
    node_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    last_seen TIMESTAMPTZ  NOT NULL
);
