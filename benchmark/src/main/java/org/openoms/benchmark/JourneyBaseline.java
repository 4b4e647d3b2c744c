package org.openoms.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the order journey costs the database alone: plain JDBC writing the rows one order's journey writes
 * (placed, two lines reserved, confirmed), in the transactions the OMS commits them in, with synchronous
 * commit, into scratch copies of the OMS's own tables (same columns, indexes and keys). The payloads are
 * the bytes of a real journey from the measured run, so rows are as wide as the OMS's.
 *
 * <ol>
 *   <li>the HTTP request: an order number, {@code OrderPlaced}, the returnable order and its two lines,
 *       the two despatch-deadline tasks;</li>
 *   <li>the fulfilment process on {@code OrderPlaced}: the saga and its association, two {@code StockReserved}
 *       (one per stock item), the processor's token;</li>
 *   <li>on the first {@code StockReserved}: the saga, the token;</li>
 *   <li>on the second: {@code OrderConfirmed}, the saga, the token;</li>
 *   <li>on {@code OrderConfirmed}: the token.</li>
 * </ol>
 * Stock snapshots (one row per 50 events of an item) and the read models' writes are left out: the first is
 * noise, the second is measured by the replay baseline.
 */
final class JourneyBaseline {

    private static final String[] TABLES = {"domain_event_entry", "saga_entry", "association_value_entry",
            "returnable_order", "returnable_line", "scheduled_tasks", "token_entry"};

    private final Sample sample;
    private final AtomicLong sequence = new AtomicLong();

    private JourneyBaseline(Sample sample) {
        this.sample = sample;
    }

    /** The bytes of one real journey: its order's events, its process state and one deadline task. */
    record Sample(byte[] placed, byte[] reserved, byte[] confirmed, byte[] metaData, byte[] saga, byte[] task) {
    }

    static double journeysPerSecond(String orderId, int journeys, int threads) throws Exception {
        Sample sample = sample(orderId);
        try (Connection c = Oms.database(); var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS benchmark CASCADE");
            st.execute("CREATE SCHEMA benchmark");
            for (String table : TABLES) {
                st.execute("CREATE TABLE benchmark.%s (LIKE event_store.%s INCLUDING ALL)".formatted(table, table));
            }
            st.execute("CREATE SEQUENCE benchmark.ids");
            st.execute("CREATE SEQUENCE benchmark.order_numbers");
            st.execute("ALTER TABLE benchmark.domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('benchmark.ids')");
            st.execute("ALTER TABLE benchmark.association_value_entry ALTER COLUMN id SET DEFAULT nextval('benchmark.ids')");
            for (int t = 0; t < threads; t++) {
                st.execute("INSERT INTO benchmark.token_entry (processor_name, segment, owner, timestamp, token, token_type) "
                        + "VALUES ('journey', %d, 'benchmark', now()::text, ''::bytea, 'token')".formatted(t));
            }
        }
        JourneyBaseline baseline = new JourneyBaseline(sample);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = Oms.database();
                c.setAutoCommit(false);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return Load.run(journeys, threads, i -> baseline.journey(connections.get(), i % threads));
        } finally {
            try (Connection c = Oms.database(); var st = c.createStatement()) {
                st.execute("DROP SCHEMA benchmark CASCADE");
            }
        }
    }

    private void journey(Connection c, int segment) throws SQLException {
        String order = "journey-" + UUID.randomUUID();
        String sagaId = UUID.randomUUID().toString();
        // 1: the HTTP request
        try (var number = c.createStatement()) {
            number.execute("SELECT nextval('benchmark.order_numbers')");
        }
        event(c, order, 0, "org.openoms.kernel.order.OrderPlaced", sample.placed());
        execute(c, "INSERT INTO benchmark.returnable_order (order_id, status) VALUES (?, 'OPEN')", order);
        for (int line = 1; line <= 2; line++) {
            try (var st = c.prepareStatement("INSERT INTO benchmark.returnable_line (order_id, line_number, sku, unit_price, "
                    + "currency, ordered, returned) VALUES (?, ?, 'SKU', 9.99, 'GBP', 1, 0)")) {
                st.setString(1, order);
                st.setInt(2, line);
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("INSERT INTO benchmark.scheduled_tasks (task_name, task_instance, task_data, "
                    + "execution_time, picked, version) VALUES ('AxonDeadline', ?, ?, ?, false, 1)")) {
                st.setString(1, UUID.randomUUID().toString());
                st.setBytes(2, sample.task());
                st.setTimestamp(3, Timestamp.from(Instant.parse("2099-01-01T00:00:00Z")));
                st.executeUpdate();
            }
        }
        c.commit();
        // 2: the process starts and reserves both lines
        try (var st = c.prepareStatement("INSERT INTO benchmark.saga_entry (saga_id, revision, saga_type, serialized_saga) "
                + "VALUES (?, NULL, 'OrderFulfilmentSaga', ?)")) {
            st.setString(1, sagaId);
            st.setBytes(2, sample.saga());
            st.executeUpdate();
        }
        try (var st = c.prepareStatement("INSERT INTO benchmark.association_value_entry (association_key, association_value, "
                + "saga_id, saga_type) VALUES ('orderId', ?, ?, 'OrderFulfilmentSaga')")) {
            st.setString(1, order);
            st.setString(2, sagaId);
            st.executeUpdate();
        }
        for (int line = 1; line <= 2; line++) {
            event(c, "SKU-" + line + "-" + sequence.incrementAndGet(), 0, "org.openoms.kernel.stock.StockReserved",
                    sample.reserved());
        }
        token(c, segment);
        c.commit();
        // 3 and 4: each reservation's answer; the second confirms the order
        saga(c, sagaId);
        token(c, segment);
        c.commit();
        event(c, order, 1, "org.openoms.kernel.order.OrderConfirmed", sample.confirmed());
        saga(c, sagaId);
        token(c, segment);
        c.commit();
        // 5: the confirmation passes the process
        token(c, segment);
        c.commit();
    }

    private void event(Connection c, String aggregate, long sequenceNumber, String type, byte[] payload) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO benchmark.domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                    time_stamp, aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, '1', ?, ?, ?, ?, 'Aggregate')""")) {
            st.setString(1, UUID.randomUUID().toString());
            st.setBytes(2, sample.metaData());
            st.setBytes(3, payload);
            st.setString(4, type);
            st.setString(5, Instant.now().toString());
            st.setString(6, aggregate);
            st.setLong(7, sequenceNumber);
            st.executeUpdate();
        }
    }

    private void saga(Connection c, String sagaId) throws SQLException {
        try (var st = c.prepareStatement("UPDATE benchmark.saga_entry SET serialized_saga = ?, revision = NULL WHERE saga_id = ?")) {
            st.setBytes(1, sample.saga());
            st.setString(2, sagaId);
            st.executeUpdate();
        }
    }

    private static void token(Connection c, int segment) throws SQLException {
        try (var st = c.prepareStatement("UPDATE benchmark.token_entry SET token = ?, timestamp = ? "
                + "WHERE processor_name = 'journey' AND segment = ?")) {
            st.setBytes(1, "{\"index\":1234567,\"gaps\":[]}".getBytes());
            st.setString(2, Instant.now().toString());
            st.setInt(3, segment);
            st.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, String value) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            st.setString(1, value);
            st.executeUpdate();
        }
    }

    private static Sample sample(String orderId) throws SQLException {
        try (Connection c = Oms.database()) {
            return new Sample(payload(c, "org.openoms.kernel.order.OrderPlaced", orderId),
                    payload(c, "org.openoms.kernel.stock.StockReserved", null),
                    payload(c, "org.openoms.kernel.order.OrderConfirmed", orderId),
                    bytes(c, "SELECT meta_data FROM event_store.domain_event_entry WHERE aggregate_identifier = ? LIMIT 1", orderId),
                    bytes(c, """
                            SELECT s.serialized_saga FROM event_store.saga_entry s JOIN event_store.association_value_entry a
                            ON a.saga_id = s.saga_id WHERE a.association_value = ? LIMIT 1""", orderId),
                    bytes(c, "SELECT task_data FROM event_store.scheduled_tasks WHERE task_data IS NOT NULL LIMIT 1", null));
        }
    }

    private static byte[] payload(Connection c, String type, String aggregate) throws SQLException {
        return aggregate == null
                ? bytes(c, "SELECT payload FROM event_store.domain_event_entry WHERE payload_type = '" + type
                        + "' ORDER BY global_index DESC LIMIT 1", null)
                : bytes(c, "SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND payload_type = '"
                        + type + "'", aggregate);
    }

    private static byte[] bytes(Connection c, String sql, String parameter) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the measured run left no row for: " + sql);
                }
                return rs.getBytes(1);
            }
        }
    }
}
