package org.openoms.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class EventStoreSchemaIT extends CommandSideTestBase {

    @Test
    void everyBinaryColumnOfTheEventStoreIsBytea() {
        List<String> columns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'event_store' AND table_name NOT LIKE 'channel%'
                  AND column_name IN ('payload', 'meta_data', 'token', 'serialized_saga')
                ORDER BY 1""", String.class);
        assertThat(columns).containsExactly(
                "domain_event_entry.meta_data:bytea", "domain_event_entry.payload:bytea",
                "saga_entry.serialized_saga:bytea",
                "snapshot_event_entry.meta_data:bytea", "snapshot_event_entry.payload:bytea",
                "token_entry.token:bytea");
    }

    @Test
    void theGlobalIndexCountsByOne() {
        Long increment = jdbc.queryForObject(
                "SELECT increment_by FROM pg_sequences WHERE schemaname = 'event_store' AND sequencename = 'domain_event_entry_seq'",
                Long.class);
        assertThat(increment).isEqualTo(1L);

        long before = maxIndex();
        for (int i = 0; i < 3; i++) {
            receive("SCHEMA-SKU-" + i);
        }
        List<Long> appended = jdbc.queryForList(
                "SELECT global_index FROM event_store.domain_event_entry WHERE global_index > ? ORDER BY global_index",
                Long.class, before);
        assertThat(appended).hasSize(3);
        assertThat(appended.get(2) - appended.get(0)).isEqualTo(2L);
    }

    @Test
    void eventsLeaveNoLargeObjectsBehind() {
        long before = largeObjects();
        receive("SCHEMA-LOB");
        assertThat(largeObjects()).isEqualTo(before);
        Long payloadBytes = jdbc.queryForObject("""
                SELECT octet_length(payload) FROM event_store.domain_event_entry
                WHERE aggregate_identifier = 'SCHEMA-LOB@MAIN'""", Long.class);
        assertThat(payloadBytes).isGreaterThan(20L);
    }

    private void receive(String sku) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TOKEN);
        var response = http.postForEntity("/api/stock/MAIN/" + sku + "/receipts",
                new HttpEntity<>("{\"quantity\": 1}", headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private long maxIndex() {
        Long max = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    private long largeObjects() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class);
        return count == null ? 0 : count;
    }
}
