package dev.contrail.command.injection;

import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.json.EventJson;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.web.BadRequestException;
import dev.contrail.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Injected observations (CloudEvents batch mode): validated whole, appended to per-aircraft
 * streams through their flight tracks, duplicates recognised by event id. Only observations and
 * cleanup ticks can be injected; what they mean (flights, emergencies) is decided here.
 */
@RestController
@Tag(name = "injections", description = "observations from injectors (scope flights:inject)")
@SecurityRequirement(name = "bearer")
class InjectionController {

    static final String BATCH = "application/cloudevents-batch+json";
    private static final int MAX_BATCH = 10_000;

    private final EventTypeRegistry registry;
    private final Injector injector;
    private final MeterRegistry meters;

    InjectionController(EventTypeRegistry registry, Injector injector, MeterRegistry meters) {
        this.registry = registry;
        this.injector = injector;
        this.meters = meters;
    }

    @PostMapping(
            path = "/api/injections",
            consumes = {BATCH, "application/json"})
    @Operation(
            summary = "Inject a batch of CloudEvents",
            description =
                    "202 with accepted and duplicate counts; a batch with any invalid event is refused whole (422)")
    ResponseEntity<?> inject(@RequestBody byte[] body, Authentication principal) {
        JsonNode batch;
        try {
            batch = EventJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("invalid-json", "the body is not JSON: " + e.getOriginalMessage());
        }
        if (batch == null || !batch.isArray()) {
            throw new BadRequestException("not-a-batch", "a CloudEvents batch is a JSON array of structured events");
        }
        if (batch.size() > MAX_BATCH) {
            throw new BadRequestException("batch-too-large", "at most " + MAX_BATCH + " events per batch");
        }
        InjectedBatch parsed = InjectedBatch.parse(batch, registry, FlightsEvents.INJECTABLE, principal.getName());
        if (!parsed.problems().isEmpty()) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-events",
                    parsed.problems().size() + " of " + batch.size() + " events are invalid; nothing was recorded");
            problem.setProperty("errors", parsed.problems());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        Injector.Result result = injector.inject(parsed.events());
        meters.counter("contrail.injections.events", "outcome", "accepted").increment(result.accepted());
        meters.counter("contrail.injections.events", "outcome", "duplicate").increment(result.duplicates());
        return ResponseEntity.accepted()
                .body(Map.of(
                        "accepted",
                        result.accepted(),
                        "duplicates",
                        result.duplicates(),
                        "lastPosition",
                        result.lastPosition()));
    }
}
