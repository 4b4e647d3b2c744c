package org.openoms.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
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
    private final ProjectionMonitor monitor;

    public ProjectionAdminController(EventProcessingConfiguration processing, ProjectionMonitor monitor) {
        this.processing = processing;
        this.monitor = monitor;
    }

    @GetMapping
    @Operation(summary = "Every projection: its committed position against the head (events and seconds behind), "
            + "whether it is retrying a failure and with which error, and whether it is stuck")
    public List<ProjectionStatus> projections() {
        return monitor.sample();
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
        return ResponseEntity.accepted().body(monitor.sample().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow());
    }
}
