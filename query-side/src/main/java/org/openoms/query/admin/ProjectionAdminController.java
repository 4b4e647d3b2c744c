package org.openoms.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.openoms.kernel.common.Require;
import org.openoms.platform.web.InvalidRequest;
import org.openoms.platform.web.ResourceNotFound;
import org.openoms.platform.web.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read models are disposable: any projection can be reset and replayed from the first event. Its
 * reset handler empties its tables or index first; the rows come back as the replay catches up.
 */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Admin", description = "Projection status and rebuild by replay")
public class ProjectionAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionAdminController.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionMonitor monitor;
    private final TransactionManager transactions;

    public ProjectionAdminController(EventProcessingConfiguration processing, ProjectionMonitor monitor,
                                     TransactionManager transactions) {
        this.processing = processing;
        this.monitor = monitor;
        this.transactions = transactions;
    }

    @GetMapping
    @Operation(summary = "Every projection: its committed position against the head (events and seconds behind), "
            + "whether it is retrying a failure and with which error, and whether it is stuck")
    public List<ProjectionStatus> projections() {
        return monitor.sample();
    }

    @PostMapping("/{name}/parked/retry")
    @Operation(summary = "Apply the projection's parked events again, each order's in order; those that fail again stay parked")
    public ProjectionStatus retryParked(@PathVariable String name) {
        var retry = processing.sequencedDeadLetterProcessor(name).orElseThrow(() -> noSuchProjection(name));
        long sequences = processing.deadLetterQueue(name).map(q -> q.amountOfSequences()).orElse(0L);
        // each call takes the sequence touched longest ago; one that fails again goes back with a new touch
        long applied = 0;
        for (long i = 0; i < sequences; i++) {
            applied += retry.processAny() ? 1 : 0;
        }
        LOG.info("projection {}: {} of {} parked sequences applied", name, applied, sequences);
        return status(name);
    }

    @DeleteMapping("/{name}/parked/{sequence}")
    @Operation(summary = "Drop the parked events of one order (sequence) from the projection: they will not be applied")
    public ProjectionStatus evictParked(@PathVariable String name, @PathVariable String sequence) {
        var queue = processing.deadLetterQueue(name).orElseThrow(() -> noSuchProjection(name));
        // a sequence is an order id or a stock item id: bounded like them, and never echoed at any length
        InvalidRequest.at("sequence", () -> Require.text(sequence, "sequence", 255));
        if (!queue.contains(sequence)) {
            throw new ResourceNotFound("projection " + name + " holds no parked events of " + sequence);
        }
        // the sequence is read a page at a time: evicting while reading it would skip every page after the first
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letters::add);
        letters.forEach(queue::evict);
        LOG.warn("projection {}: parked events of {} evicted", name, sequence);
        return status(name);
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Reset a projection and replay it from the first event; 409 while another query-side "
            + "instance holds some of its segments")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> noSuchProjection(name));
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            // nothing was reset: the reset claims every segment before it empties anything
            processor.start();
            LOG.warn("projection {}: not rebuilt, another instance holds some of its segments", name);
            throw new StateConflict("projection-running-elsewhere", "projection " + name + " is running on another "
                    + "query-side instance, which holds some of its segments; stop the other instances to rebuild it");
        }
        // a replay meets the parked events' sequences again: they start from nothing, like the read model
        processing.deadLetterQueue(name).ifPresent(queue -> transactions.executeInTransaction(queue::clear));
        processor.start();
        return ResponseEntity.accepted().body(status(name));
    }

    private ProjectionStatus status(String name) {
        return monitor.sample().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private ResourceNotFound noSuchProjection(String name) {
        String shown = name.length() > 100 ? name.substring(0, 100) + "..." : name;
        return new ResourceNotFound("no projection " + shown + "; known: "
                + monitor.latest().stream().map(ProjectionStatus::name).toList());
    }
}
