-- Axon's JDBC stores leave ids to the database: the global index from its sequence (still counting by one,
-- so readers see events in append order) and association ids from theirs. That sequence keeps its step of
-- 50 (Hibernate checks it against Axon's entity mapping): every id Hibernate handed out lies at or below
-- its last value, so the ids taken from here on are new, only not consecutive.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');
ALTER TABLE association_value_entry ALTER COLUMN id SET DEFAULT nextval('association_value_entry_seq');
