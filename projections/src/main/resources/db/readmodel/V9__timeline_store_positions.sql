-- A timeline row's position becomes its event's position in the event store (was an identity assigned in
-- processing order, which differs from the store's order when concurrent commits arrive out of order, so
-- a rebuild numbered rows differently). The timeline is rebuilt from the first event.
ALTER TABLE order_timeline ALTER COLUMN position DROP IDENTITY;
TRUNCATE order_timeline;
DELETE FROM token_entry WHERE processor_name = 'order-timeline';
