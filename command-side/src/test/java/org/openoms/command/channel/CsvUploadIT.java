package org.openoms.command.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openoms.command.CommandSideTestBase;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Orders uploaded as a CSV file with the account's own column names. */
class CsvUploadIT extends CommandSideTestBase {

    private static final String HEADER = "Order,Item SKU,description,quantity,unit_price,currency,shipping,customer_name,"
            + "email,address1,city,postcode,country\n";

    @Test
    void theOrdersOfAFileArePlacedOnceHoweverOftenItIsUploaded() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        postOk("/api/stock/MAIN/CSV-MUG/receipts", "{\"quantity\": 10, \"reference\": \"PO-C\"}");
        postOk("/api/stock/MAIN/CSV-SPOON/receipts", "{\"quantity\": 10, \"reference\": \"PO-C\"}");
        String file = HEADER
                + "W" + run + "-1,CSV-MUG,Enamel mug,2,6.50,GBP,3.95,Mary Somerville,mary@example.org,1 Abbey Road,London,NW8 9AY,United Kingdom\n"
                + "W" + run + "-1,CSV-SPOON,Tea spoon,4,1.25,GBP,3.95,Mary Somerville,mary@example.org,1 Abbey Road,London,NW8 9AY,United Kingdom\n"
                + "W" + run + "-2,CSV-MUG,Enamel mug,1,6.50,GBP,,Hertha Ayrton,,2 Kew Green,Richmond,TW9 3AB,GB\n";
        JsonNode first = WebhookDeliveries.JSON.readTree(upload(file).getBody());
        assertThat(first.path("outcomes").path("PLACED").asInt()).isEqualTo(2);
        JsonNode again = WebhookDeliveries.JSON.readTree(upload(file).getBody());
        assertThat(again.path("outcomes").path("REPEATED").asInt()).isEqualTo(2);
        String orderId = "csv-test-csv-W" + run + "-1";
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "OrderConfirmed") == 1);
        JsonNode placed = WebhookDeliveries.JSON.readTree(event(orderId, "OrderPlaced"));
        assertThat(placed.path("lines")).hasSize(2);
        assertThat(placed.path("shippingCharge").path("amount").decimalValue()).isEqualByComparingTo("3.95");
        assertThat(placed.path("shippingAddress").path("countryCode").asText()).isEqualTo("GB");
        // the person who uploaded the file placed its orders
        assertThat(jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.OrderPlaced'""", String.class, orderId))
                .contains("\"actor\":\"command-side-test\"").contains("uploaded as CSV");
    }

    @Test
    void aFileWithoutANeededColumnOrNotCsvIsRefusedAndWritesNothing() {
        long deliveries = jdbc.queryForObject("SELECT count(*) FROM event_store.channel_intake WHERE channel = 'CSV'", Long.class);
        var noSku = upload("Order,quantity,unit_price\nW1,1,2.00\n");
        assertThat(noSku.getStatusCode().value()).isEqualTo(400);
        assertThat(noSku.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noSku.getBody()).contains("Item SKU");
        assertThat(upload("").getStatusCode().value()).isEqualTo(400);
        assertThat(upload(HEADER).getStatusCode().value()).isEqualTo(400);
        assertThat(upload(HEADER + "\"W1,CSV-MUG,unbalanced quote\n").getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.channel_intake WHERE channel = 'CSV'", Long.class)).isEqualTo(deliveries);
    }

    @Test
    void badRowsPutTheirOrderOnTheNeedsAttentionListAndTheRestGoesOn() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        postOk("/api/stock/MAIN/CSV-MUG/receipts", "{\"quantity\": 10, \"reference\": \"PO-C\"}");
        String good = ",CSV-MUG,Enamel mug,1,6.50,GBP,,Ada Lovelace,,12 St James's Square,London,SW1Y 4JH,GB\n";
        String[] bad = {
                ",CSV-MUG,Enamel mug,two,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1.5,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,0,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1,six,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1,-6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1,6.50,ZZZ,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,Atlantis\n",
                ",,Enamel mug,1,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-NO-SUCH-SKU,Enamel mug,1,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1,6.50,GBP,,,,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,1,6.50,GBP,,Ada Lovelace,not an email,1 Road,London,N1,GB\n",
                ",CSV-MUG,Enamel mug,9999999,6.50,GBP,,Ada Lovelace,,1 Road,London,N1,GB\n"};
        StringBuilder file = new StringBuilder(HEADER).append("G").append(run).append(good);
        for (int i = 0; i < bad.length; i++) {
            file.append("B").append(run).append("-").append(i).append(bad[i]);
        }
        JsonNode answer = WebhookDeliveries.JSON.readTree(upload(file.toString()).getBody());
        assertThat(answer.path("outcomes").path("PLACED").asInt()).isEqualTo(1);
        assertThat(answer.path("outcomes").path("NEEDS_ATTENTION").asInt()).isEqualTo(bad.length);
        for (int i = 0; i < bad.length; i++) {
            assertThat(events("csv-test-csv-B" + run + "-" + i, "OrderPlaced")).as(bad[i]).isZero();
        }
    }

    private ResponseEntity<String> upload(String file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKEN);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.exchange("/api/channels/csv/test-csv/orders", HttpMethod.POST, new HttpEntity<>(file, headers),
                String.class);
    }
}
