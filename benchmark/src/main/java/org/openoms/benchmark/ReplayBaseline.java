package org.openoms.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rebuild costs without the OMS: on one thread, plain JDBC reads every event (200 per query, as a
 * processor batch does), then writes every row the read models hold, 200 rows per transaction, into scratch
 * copies of their tables; and every search document is written again through {@code _bulk}, 200 per request,
 * into scratch copies of the indexes (same settings and mappings).
 */
final class ReplayBaseline {

    private static final int BATCH = 200;
    private static final List<String> NOT_READ_MODELS = List.of("token_entry", "dead_letter_entry",
            "flyway_history_query_side");

    /** Events, rows and documents, and the seconds they took. */
    record Result(long events, long rows, long documents, double seconds) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private ReplayBaseline() {
    }

    static Result run() throws Exception {
        long started = System.nanoTime();
        long events = readEvents();
        long rows = writeRows();
        long documents = writeDocuments();
        return new Result(events, rows, documents, (System.nanoTime() - started) / 1e9);
    }

    private static long readEvents() throws SQLException {
        long count = 0;
        long position = -1;
        try (Connection c = Oms.database(); var st = c.prepareStatement("""
                SELECT global_index, payload_type, payload, meta_data, time_stamp, aggregate_identifier, sequence_number
                FROM event_store.domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""")) {
            while (true) {
                st.setLong(1, position);
                st.setInt(2, BATCH);
                int read = 0;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        position = rs.getLong(1);
                        rs.getString(2);
                        rs.getBytes(3);
                        rs.getBytes(4);
                        read++;
                    }
                }
                count += read;
                if (read < BATCH) {
                    return count;
                }
            }
        }
    }

    private static long writeRows() throws SQLException {
        long rows = 0;
        try (Connection read = Oms.database(); Connection write = Oms.database()) {
            read.setAutoCommit(false);
            write.setAutoCommit(false);
            List<String> tables = new ArrayList<>();
            try (var rs = read.createStatement().executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
                while (rs.next()) {
                    if (!NOT_READ_MODELS.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            try (var st = write.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS benchmark_replay CASCADE");
                st.execute("CREATE SCHEMA benchmark_replay");
                for (String table : tables) {
                    st.execute("CREATE TABLE benchmark_replay.%s (LIKE read_model.%s INCLUDING ALL)".formatted(table, table));
                }
            }
            write.commit();
            for (String table : tables) {
                rows += copy(read, write, table);
            }
            try (var st = write.createStatement()) {
                st.execute("DROP SCHEMA benchmark_replay CASCADE");
            }
            write.commit();
            read.commit();
        }
        return rows;
    }

    private static long copy(Connection read, Connection write, String table) throws SQLException {
        long rows = 0;
        try (var select = read.createStatement()) {
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery("SELECT * FROM read_model." + table)) {
                int columns = rs.getMetaData().getColumnCount();
                String insert = "INSERT INTO benchmark_replay.%s OVERRIDING SYSTEM VALUE VALUES (%s)".formatted(table,
                        String.join(", ", java.util.Collections.nCopies(columns, "?")));
                try (var st = write.prepareStatement(insert)) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            st.setObject(i, rs.getObject(i));
                        }
                        st.executeUpdate();
                        if (++rows % BATCH == 0) {
                            write.commit();
                        }
                    }
                }
            }
        }
        write.commit();
        return rows;
    }

    private static long writeDocuments() throws Exception {
        long documents = 0;
        for (JsonNode index : Oms.JSON.readTree(Oms.search("GET", "/_cat/indices/" + Oms.INDEX_PREFIX + "*?format=json", null).body())) {
            String name = index.path("index").asText();
            String copy = "benchmark-replay-" + name;
            JsonNode settings = Oms.JSON.readTree(Oms.search("GET", "/" + name + "/_settings", null).body())
                    .path(name).path("settings").path("index");
            JsonNode mappings = Oms.JSON.readTree(Oms.search("GET", "/" + name + "/_mapping", null).body())
                    .path(name).path("mappings");
            ObjectNode create = Oms.JSON.createObjectNode();
            ObjectNode copySettings = create.putObject("settings");
            copySettings.put("number_of_replicas", 0);
            if (settings.has("analysis")) {
                copySettings.set("analysis", settings.path("analysis"));
            }
            create.set("mappings", mappings);
            Oms.search("DELETE", "/" + copy, null);
            Oms.search("PUT", "/" + copy, create.toString());
            JsonNode page = Oms.JSON.readTree(Oms.search("POST", "/" + name + "/_search?scroll=1m",
                    "{\"size\": 1000, \"sort\": [\"_doc\"]}").body());
            while (page.path("hits").path("hits").size() > 0) {
                StringBuilder bulk = new StringBuilder();
                int inBulk = 0;
                for (JsonNode hit : page.path("hits").path("hits")) {
                    bulk.append("{\"index\":{\"_index\":\"").append(copy).append("\",\"_id\":")
                            .append(Oms.JSON.writeValueAsString(hit.path("_id").asText())).append("}}\n")
                            .append(hit.path("_source").toString()).append('\n');
                    documents++;
                    if (++inBulk == BATCH) {
                        Oms.search("POST", "/_bulk", bulk.toString());
                        bulk.setLength(0);
                        inBulk = 0;
                    }
                }
                if (inBulk > 0) {
                    Oms.search("POST", "/_bulk", bulk.toString());
                }
                page = Oms.JSON.readTree(Oms.search("POST", "/_search/scroll",
                        "{\"scroll\": \"1m\", \"scroll_id\": \"" + page.path("_scroll_id").asText() + "\"}").body());
            }
            Oms.search("POST", "/" + copy + "/_refresh", null);
            Oms.search("DELETE", "/" + copy, null);
        }
        return documents;
    }
}
