package org.openoms.command.channel;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.openoms.command.channel.IntakeLog.Entry;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.Channel;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the channels delivered that needs a person, and the SKU maps that fix most of it. */
@RestController
@RequestMapping("/api/channels")
class ChannelController {

    private final IntakeLog log;
    private final ChannelIntake intake;
    private final SkuMap skus;
    private final ChannelAccounts accounts;

    ChannelController(IntakeLog log, ChannelIntake intake, SkuMap skus, ChannelAccounts accounts) {
        this.log = log;
        this.intake = intake;
        this.skus = skus;
        this.accounts = accounts;
    }

    public record Attention(long id, Channel channel, String account, String topic, String channelOrderRef,
                            String receivedAt, String reason) {
        static Attention of(Entry entry) {
            return new Attention(entry.id(), entry.channel(), entry.account(), entry.topic(), entry.channelOrderRef(),
                    entry.receivedAt().toString(), entry.reason());
        }
    }

    public record Retried(long id, String outcome) {
    }

    public record SkuMapping(String sku) {
    }

    @GetMapping("/attention")
    @Operation(summary = "Deliveries from the channels that could not become orders, newest first, with the reason")
    List<Attention> attention(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequest("limit", "limit must be from 1 to 1000");
        }
        return log.needingAttention(limit).stream().map(Attention::of).toList();
    }

    @PostMapping("/attention/{id}/retry")
    @Operation(summary = "Try a delivery that needed attention again (after mapping its SKUs, say)")
    Retried retry(@PathVariable long id) {
        return new Retried(id, intake.retry(id).name());
    }

    @PutMapping("/{channel}/{account}/skus/{channelSku}")
    @Operation(summary = "Map a channel account's SKU to the OMS's; orders placed from now on use it")
    ResponseEntity<Void> mapSku(@PathVariable String channel, @PathVariable String account,
                                @PathVariable String channelSku, @RequestBody SkuMapping mapping) {
        Channel known = channel(channel);
        if (accounts.find(known, account).isEmpty()) {
            throw new org.openoms.platform.web.ResourceNotFound("no " + known + " account named " + account);
        }
        if (channelSku.length() > 100) {
            throw new InvalidRequest("channelSku", "channelSku must be at most 100 characters");
        }
        if (mapping == null || mapping.sku() == null) {
            throw new InvalidRequest("sku", "sku is required");
        }
        Sku sku;
        try {
            sku = new Sku(mapping.sku());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("sku", e.getMessage());
        }
        skus.map(known, account, channelSku, sku);
        return ResponseEntity.noContent().build();
    }

    private static Channel channel(String name) {
        try {
            return Channel.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("channel", "channel must be one of " + List.of(Channel.values()));
        }
    }
}
