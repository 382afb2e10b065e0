package dev.contrail.projection.admin;

import dev.contrail.messaging.RebuildProgress;
import dev.contrail.messaging.SubscriberRuntime;
import dev.contrail.messaging.UnknownSubscriptionException;
import dev.contrail.projection.config.ProjectionServiceProperties;
import dev.contrail.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuild a projection from the event log, and watch its progress. Needs the admin scope. */
@RestController
@Tag(name = "projection admin", description = "rebuilds from the event log (scope admin)")
@SecurityRequirement(name = "bearer")
class ProjectionAdminController {

    private final SubscriberRuntime runtime;
    private final int pageSize;

    ProjectionAdminController(SubscriberRuntime runtime, ProjectionServiceProperties properties) {
        this.runtime = runtime;
        this.pageSize = properties.rebuildPageSize();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @Operation(summary = "Rebuild from position 0", description = "202; poll the Location for progress")
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String name) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/projections/" + name))
                .body(runtime.startRebuild(name, pageSize));
    }

    @GetMapping("/api/admin/projections/{name}")
    @Operation(summary = "The last rebuild's progress")
    ResponseEntity<?> progress(@PathVariable String name) {
        RebuildProgress progress = runtime.progress(name);
        return progress == null
                ? ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "no-rebuild", "no rebuild of " + name + " has run"))
                : ResponseEntity.ok(progress);
    }

    @ExceptionHandler(UnknownSubscriptionException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownSubscriptionException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "unknown-projection", e.getMessage()));
    }
}
