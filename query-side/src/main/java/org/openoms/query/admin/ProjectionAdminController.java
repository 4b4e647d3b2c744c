package org.openoms.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.openoms.platform.web.ResourceNotFound;
import org.springframework.http.ResponseEntity;
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

    private final EventProcessingConfiguration processing;

    public ProjectionAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, Long position) {
    }

    @GetMapping
    @Operation(summary = "Every projection: running, replaying, caught up, and the event position it has reached")
    public List<ProjectionStatus> projections() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> status((StreamingEventProcessor) p))
                .sorted(java.util.Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Reset a projection and replay it from the first event")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new ResourceNotFound("no projection " + name + "; known: "
                        + projections().stream().map(ProjectionStatus::name).toList()));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.accepted().body(status(processor));
    }

    private static ProjectionStatus status(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        boolean replaying = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean caughtUp = !statuses.isEmpty() && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        OptionalLong position = statuses.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        return new ProjectionStatus(processor.getName(), processor.isRunning(), replaying, caughtUp,
                position.isPresent() ? position.getAsLong() : null);
    }
}
