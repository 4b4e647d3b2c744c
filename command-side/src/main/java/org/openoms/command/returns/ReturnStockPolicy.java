package org.openoms.command.returns;

import java.util.Comparator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openoms.kernel.returns.Disposition;
import org.openoms.kernel.returns.ReturnReceived;
import org.openoms.kernel.stock.BookReturnedStock;
import org.openoms.kernel.stock.StockItemId;
import org.springframework.stereotype.Component;

/** Returned units that are not written off go to stock at the receiving location, as stock events. */
@Component
@ProcessingGroup(ReturnStockPolicy.PROCESSING_GROUP)
public class ReturnStockPolicy {

    public static final String PROCESSING_GROUP = "return-stock";

    private final CommandGateway commandGateway;

    public ReturnStockPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Stock items in one order, as the fulfilment process takes them: each holds its lock until the transaction ends. */
    @EventHandler
    void on(ReturnReceived event) {
        for (ReturnReceived.Line line : event.lines().stream()
                .sorted(Comparator.comparing((ReturnReceived.Line l) -> l.sku().value())
                        .thenComparing(ReturnReceived.Line::lineNumber)).toList()) {
            if (line.disposition() != Disposition.WRITE_OFF) {
                commandGateway.sendAndWait(new BookReturnedStock(new StockItemId(line.sku(), event.location()),
                        event.returnId(), event.orderId(), line.lineNumber(), line.quantity(), line.disposition()));
            }
        }
    }
}
