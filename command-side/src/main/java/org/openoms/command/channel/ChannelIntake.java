package org.openoms.command.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelOrderReader.UnreadableOrder;
import org.openoms.command.channel.IntakeLog.Outcome;
import org.openoms.command.order.OrderNumbers;
import org.openoms.command.order.PlacementOutcome;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Refusal;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.CancelOrder;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderTotals;
import org.openoms.kernel.order.PlaceOrder;
import org.openoms.platform.eventstore.AuditMetaData;
import org.openoms.platform.web.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns what a channel delivers into orders: the adapter reads its platform's payload, the SKUs are mapped, the
 * order is placed under an id made of the channel, the account and the channel's own order id, so the same
 * channel order delivered twice (a webhook retry, an overlapping poll) is one order. Whatever cannot become an
 * order is kept on the needs-attention list with the reason, never dropped and never half placed.
 */
@Component
public class ChannelIntake {

    private static final long TIMEOUT_SECONDS = 30;

    private final Map<org.openoms.kernel.order.Channel, ChannelOrderReader> readers;
    private final ChannelAccounts accounts;
    private final IntakeLog log;
    private final SkuMap skus;
    private final OrderNumbers orderNumbers;
    private final CommandGateway commands;
    private final Clock clock;
    private final int maxLines;

    ChannelIntake(List<ChannelOrderReader> readers, ChannelAccounts accounts, IntakeLog log, SkuMap skus,
                  OrderNumbers orderNumbers, CommandGateway commands, Clock clock,
                  @Value("${oms.orders.max-lines:500}") int maxLines) {
        this.readers = readers.stream().collect(Collectors.toMap(ChannelOrderReader::channel, Function.identity()));
        this.accounts = accounts;
        this.log = log;
        this.skus = skus;
        this.orderNumbers = orderNumbers;
        this.commands = commands;
        this.clock = clock;
        this.maxLines = maxLines;
    }

    /** The OMS's id of a channel's order: the same channel order always gets the same id. */
    public static OrderId orderId(Account account, String channelOrderId) {
        return new OrderId(ChannelAccounts.prefix(account) + channelOrderId);
    }

    /** Who the audit trail names for what a delivery causes: the channel itself, or the person who acted. */
    public record By(String actorId, String actor, String reason) {

        /** What a platform sent by itself (a webhook, a poll): the channel's account is the actor. */
        static By channel(Account account) {
            String name = account.channel().name();
            return new By("channel:" + name.toLowerCase() + ":" + account.name(),
                    name.charAt(0) + name.substring(1).toLowerCase() + " " + account.name(), null);
        }

        /** What the signed-in caller of the current request did. */
        public static By caller(String reason) {
            Actor.Caller caller = Actor.current();
            return new By(caller.subject(), caller.name(), reason);
        }
    }

    /** A new order the channel sent by itself. */
    public Outcome place(Account account, String topic, String payload) {
        return place(account, topic, payload, By.channel(account));
    }

    /** A new order someone brought from the channel (a file they uploaded). */
    public Outcome place(Account account, String topic, String payload, By by) {
        long id = log.received(account.channel(), account.name(), topic, payload, clock.instant());
        return attempt(id, account, payload, by);
    }

    /** The channel cancelled an order; {@code channelOrderId} names it. */
    public Outcome cancel(Account account, String topic, String payload, String channelOrderId, String reason) {
        long id = log.received(account.channel(), account.name(), topic, payload, clock.instant());
        OrderId orderId;
        try {
            orderId = orderId(account, channelOrderId);
        } catch (IllegalArgumentException e) {
            return attention(id, "the channel's order id cannot name an order: " + e.getMessage());
        }
        log.reference(id, channelOrderId);
        try {
            By channel = By.channel(account);
            send(new CancelOrder(orderId, reason), new By(channel.actorId(), channel.actor(), reason));
        } catch (CommandExecutionException e) {
            if (e.getDetails().orElse(null) instanceof Refusal refusal && refusal.kind() == Refusal.Kind.NOT_FOUND) {
                // cancelled on the channel before the OMS ever took it (not paid yet, say): nothing to undo
                log.outcome(id, Outcome.IGNORED, "the OMS never had this order", null);
                return Outcome.IGNORED;
            }
            return attention(id, refusal(e) + " (cancelling " + orderId + ")");
        }
        log.outcome(id, Outcome.CANCELLED, null, orderId.value());
        return Outcome.CANCELLED;
    }

    /** A delivery the adapter could not make sense of. */
    public Outcome unreadable(Account account, String topic, String payload, String reason) {
        long id = log.received(account.channel(), account.name(), topic, payload, clock.instant());
        return attention(id, reason);
    }

    /** Something the channel said that the OMS does not act on (yet); kept, for the record. */
    public Outcome ignore(Account account, String topic, String payload, String why) {
        long id = log.received(account.channel(), account.name(), topic, payload, clock.instant());
        log.outcome(id, Outcome.IGNORED, why, null);
        return Outcome.IGNORED;
    }

    /** Tries a delivery that needed attention again, with the SKU map as it is now. */
    public Outcome retry(long id) {
        IntakeLog.Entry entry = log.find(id).filter(e -> e.outcome() == Outcome.NEEDS_ATTENTION)
                .orElseThrow(() -> new org.openoms.platform.web.ResourceNotFound("no delivery " + id + " needs attention"));
        Account account = accounts.find(entry.channel(), entry.account()).orElse(null);
        if (account == null) {
            return attention(id, "the account " + entry.channel() + " " + entry.account() + " is not configured any more");
        }
        return attempt(id, account, entry.payload(), By.caller("retried from the needs-attention list: delivery " + id
                + " of " + account.channel() + " " + account.name()));
    }

    private Outcome attempt(long id, Account account, String payload, By by) {
        ChannelOrder order;
        try {
            order = readers.get(account.channel()).read(payload);
        } catch (UnreadableOrder | IllegalArgumentException e) {
            return attention(id, e.getMessage());
        }
        log.reference(id, order.channelOrderRef());
        PlaceOrder command;
        try {
            command = toCommand(account, order);
        } catch (UnreadableOrder | IllegalArgumentException e) {
            // a value the kernel refuses (an email that is none, a country code of three letters)
            return attention(id, e.getMessage());
        }
        try {
            PlacementOutcome placed = send(command, by);
            Outcome outcome = placed.created() ? Outcome.PLACED : Outcome.REPEATED;
            log.outcome(id, outcome, null, placed.orderId());
            return outcome;
        } catch (CommandExecutionException e) {
            return attention(id, refusal(e));
        }
    }

    private PlaceOrder toCommand(Account account, ChannelOrder order) throws UnreadableOrder {
        if (order.lines().isEmpty()) {
            throw new UnreadableOrder("the order has no lines");
        }
        if (order.lines().size() > maxLines) {
            throw new UnreadableOrder("the order has " + order.lines().size() + " lines; the OMS takes at most " + maxLines);
        }
        Currency currency = Money.currency(order.currency(), "currency");
        List<OrderLine> lines = new ArrayList<>();
        for (ChannelOrder.Line line : order.lines()) {
            if (line.channelSku() == null || line.channelSku().isBlank()) {
                throw new UnreadableOrder("line " + (lines.size() + 1) + " (" + line.description() + ") has no SKU");
            }
            Sku sku = skus.lookup(account.channel(), account.name(), line.channelSku())
                    .orElseGet(() -> new Sku(line.channelSku()));
            lines.add(new OrderLine(lines.size() + 1, sku, line.description(), line.quantity(),
                    new Money(line.unitPrice(), currency)));
        }
        Money total = OrderTotals.of(currency, lines, order.shipping(), order.adjustments()).total();
        if (order.channelTotal() != null && total.amount().compareTo(order.channelTotal().amount()) != 0) {
            throw new UnreadableOrder("the lines, shipping, discounts and taxes add up to " + total.amount().toPlainString()
                    + " " + currency + " but the channel's total is " + order.channelTotal().amount().toPlainString());
        }
        // a channel that gives no order time: the time the OMS first heard of the order, the same on every delivery
        Instant placedAt = order.placedAt() != null ? order.placedAt()
                : java.util.Objects.requireNonNullElse(log.firstSeen(account.channel(), account.name(), order.channelOrderRef()),
                clock.instant());
        Instant despatchBy = order.despatchBy() != null ? order.despatchBy() : placedAt.plus(account.despatchWithin());
        Instant deliverBy = order.deliverBy() != null ? order.deliverBy() : placedAt.plus(account.deliverWithin());
        return new PlaceOrder(orderId(account, order.channelOrderId()), orderNumbers.next(), account.channel(),
                order.channelOrderRef(), order.customer(), order.billingAddress(), order.shippingAddress(), lines,
                order.shipping(), order.adjustments(), currency, despatchBy,
                deliverBy.isBefore(despatchBy) ? despatchBy : deliverBy);
    }

    private <R> R send(Object command, By by) {
        var message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(AuditMetaData.of(by.actorId(), by.actor(), by.reason()));
        return commands.sendAndWait(message, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static String refusal(CommandExecutionException e) {
        if (e.getDetails().orElse(null) instanceof Refusal refusal) {
            return switch (refusal.code() == null ? "" : refusal.code()) {
                case "unknown-sku" -> refusal.message() + "; map the channel's SKU to one the OMS knows, then retry";
                case "order-id-already-used" -> "the channel changed an order the OMS already holds; "
                        + "changes to placed orders are not applied automatically yet";
                default -> refusal.message();
            };
        }
        throw e;
    }

    private Outcome attention(long id, String reason) {
        log.outcome(id, Outcome.NEEDS_ATTENTION, reason, null);
        return Outcome.NEEDS_ATTENTION;
    }
}
