package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.Refusal;
import org.openoms.kernel.messaging.MessageSearchResult;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.messaging.SearchMessages;
import org.openoms.kernel.order.query.DespatchQueue;
import org.openoms.kernel.order.query.FindDespatchQueue;
import org.openoms.kernel.order.query.FindOrder;
import org.openoms.kernel.order.query.FindOrderTimeline;
import org.openoms.kernel.order.query.FindOrders;
import org.openoms.kernel.order.query.OrderDetail;
import org.openoms.kernel.order.query.OrderPage;
import org.openoms.kernel.order.query.OrderSearchResult;
import org.openoms.kernel.order.query.OrderTimeline;
import org.openoms.kernel.order.query.SearchOrders;
import org.openoms.kernel.reporting.FindSalesByChannel;
import org.openoms.kernel.reporting.FindSalesFacts;
import org.openoms.kernel.reporting.Granularity;
import org.openoms.kernel.reporting.SalesFacts;
import org.openoms.kernel.reporting.SalesReport;
import org.openoms.kernel.stock.query.FindStockLevels;
import org.openoms.kernel.stock.query.StockLevels;
import org.openoms.platform.web.ProblemResponses;

/**
 * What crosses Axon Server when it routes queries and commands: every query response and every refusal's
 * details, written and read back by the serializer the applications use for messages, come out equal; and a
 * refusal that arrives as Axon Server delivers it (details, no cause) is answered as the embedded bus answers.
 */
class SerializedResponsesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms = RunningOms.get();
    private final QueryGateway queries = oms.querySide.getBean(QueryGateway.class);
    private final Serializer messages = oms.querySide.getBean("messageSerializer", Serializer.class);

    @Test
    void everyQueryResponseSurvivesTheMessageSerializer() throws Exception {
        String orderId = placedOrderWithMessage();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Object> responses = new ArrayList<>();
        responses.add(query(new FindOrderTimeline(orderId), OrderTimeline.class));
        responses.add(queries.query(new FindOrder(orderId), ResponseTypes.optionalInstanceOf(OrderDetail.class)).join()
                .orElseThrow());
        responses.add(query(new FindOrders(null, null, null, null, null, null, 0, 20), OrderPage.class));
        responses.add(query(new SearchOrders("Sarah Serial", 0, 10), OrderSearchResult.class));
        responses.add(query(new SearchMessages("serialised", null, null, null, null, null, 0, 10), MessageSearchResult.class));
        responses.add(query(new FindDespatchQueue(null, null), DespatchQueue.class));
        responses.add(query(new FindStockLevels("SERIAL-1", null), StockLevels.class));
        responses.add(query(new FindSalesByChannel(today.minusDays(1), today.plusDays(1), null, Granularity.DAY),
                SalesReport.class));
        responses.add(query(new FindSalesFacts(today, Granularity.DAY, Channel.PHONE, "GBP"), SalesFacts.class));

        for (Object response : responses) {
            assertThat(roundTrip(response)).as(response.getClass().getSimpleName()).isEqualTo(response);
        }
        OrderTimeline timeline = (OrderTimeline) responses.get(0);
        assertThat(timeline.entries()).isNotEmpty();
        assertThat(roundTrip(timeline).entries().get(0).payload().path("orderId").path("value").asText()).isEqualTo(orderId);
    }

    @Test
    void aRefusalsDetailsSurviveTheMessageSerializer() {
        Refusal refusal = new Refusal(Refusal.Kind.RULE, "order-already-cancelled", null, "order o-1 is already cancelled");
        assertThat(roundTrip(refusal)).isEqualTo(refusal);
    }

    @Test
    void aRefusalArrivingAsAxonServerDeliversItIsTheSameProblem() {
        ProblemResponses problems = oms.commandSide.getBean(ProblemResponses.class);
        // over Axon Server the handler's exception stays behind: a message, a remote cause, the details
        var remote = new CommandExecutionException("order o-1 is already cancelled", new RuntimeException("AXONIQ-4002"),
                new Refusal(Refusal.Kind.RULE, "order-already-cancelled", null, "order o-1 is already cancelled"));
        var problem = problems.commandFailed(remote);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType().toString()).isEqualTo("urn:oms:problem:order-already-cancelled");

        var invalid = problems.commandFailed(new CommandExecutionException("x", null,
                new Refusal(Refusal.Kind.INVALID_VALUE, null, "lines[0].quantity", "quantity must be positive")));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getProperties()).containsKey("errors");

        var missing = problems.commandFailed(new CommandExecutionException("x", null,
                new Refusal(Refusal.Kind.NOT_FOUND, null, null, "no such order, stock item or return: o-9")));
        assertThat(missing.getStatus()).isEqualTo(404);

        var conflict = problems.commandFailed(new CommandExecutionException("x", new RuntimeException("AXONIQ-4002"),
                new Refusal(Refusal.Kind.CONFLICT, null, null, "a concurrent change")));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getType().toString()).isEqualTo("urn:oms:problem:conflict");

        var unknown = problems.commandFailed(new CommandExecutionException("boom", new IllegalStateException("boom")));
        assertThat(unknown.getStatus()).isEqualTo(500);
    }

    @Test
    void theEmbeddedBusAnswersARuleWithTheSameProblemAsOverAxonServer() throws Exception {
        var placed = oms.post("/api/orders", OrderRequests.phoneOrder("Carl Cancelled", "carl@example.com", "SERIAL-1", 1,
                "1.00"), "agent");
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        assertThat(oms.post("/api/orders/" + orderId + "/cancel", "{\"reason\": \"first\"}", "agent").statusCode()).isEqualTo(204);
        var again = oms.post("/api/orders/" + orderId + "/cancel", "{\"reason\": \"again\"}", "agent");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("type").asText()).isEqualTo("urn:oms:problem:order-already-cancelled");
        assertThat(oms.post("/api/orders/no-such-order-9/cancel", "{\"reason\": \"x\"}", "agent").statusCode()).isEqualTo(404);
    }

    private <T> T query(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T value) {
        SerializedObject<byte[]> written = messages.serialize(value, byte[].class);
        return (T) messages.deserialize(written);
    }

    private String placedOrderWithMessage() throws Exception {
        oms.post("/api/stock/MAIN/SERIAL-1/receipts", OrderRequests.receipt(5), "goods-in");
        var placed = oms.post("/api/orders", OrderRequests.phoneOrder("Sarah Serial", "sarah@example.com", "SERIAL-1", 1,
                "4.20"), "agent");
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        oms.post("/api/orders/" + orderId + "/messages", """
                {"direction": "INBOUND", "channel": "EMAIL", "sender": "sarah@example.com", "body": "serialised?"}""", "inbox");
        await().atMost(Duration.ofSeconds(20)).until(() -> oms.query("/api/messages/search?q=serialised").body()
                .contains(orderId) && oms.query("/api/orders/search?q=Sarah").body().contains(orderId));
        return orderId;
    }
}
