package dev.contrail.command.web;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.json.EventJson;
import dev.contrail.eventstore.aggregate.CommandOutcome;
import dev.contrail.web.Problems;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Turns what became of a command into HTTP: the success body with an ETag, or a problem. */
public final class CommandResponses {

    private CommandResponses() {}

    /** An event as a command response shows it; data exactly as the log holds it. */
    public record EventView(String id, String type, long streamVersion, long position, Instant time, JsonNode data) {
        static EventView of(RecordedEvent<Object> event) {
            return new EventView(
                    event.id().toString(),
                    event.type(),
                    event.streamVersion(),
                    event.globalPosition(),
                    event.time(),
                    EventJson.mapper().valueToTree(event.data()));
        }
    }

    public static List<EventView> events(CommandOutcome.Accepted accepted) {
        return accepted.events().stream().map(EventView::of).toList();
    }

    /**
     * @param status the status of a first success (201 for a creation, 200 otherwise); a repeated
     *     request gets the same status and body
     * @param location where the created resource lives, or null
     */
    public static ResponseEntity<?> respond(
            CommandOutcome outcome,
            HttpStatus status,
            Function<CommandOutcome.Accepted, URI> location,
            Function<CommandOutcome.Accepted, Object> body) {
        return switch (outcome) {
            case CommandOutcome.Accepted accepted -> {
                var response = ResponseEntity.status(status).eTag(etag(accepted.version()));
                URI uri = location.apply(accepted);
                if (uri != null) {
                    response.location(uri);
                }
                if (accepted.repeated()) {
                    response.header("Idempotent-Replayed", "true");
                }
                yield response.body(body.apply(accepted));
            }
            case CommandOutcome.Rejected rejected ->
                problem(statusOf(rejected.code()), rejected.code(), rejected.detail(), rejected.version());
            case CommandOutcome.PreconditionFailed failed ->
                problem(
                        HttpStatus.PRECONDITION_FAILED,
                        "version-mismatch",
                        "If-Match expected version " + failed.expectedVersion() + " but it is "
                                + failed.actualVersion(),
                        failed.actualVersion());
            case CommandOutcome.KeyReused reused ->
                problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "idempotency-key-reused",
                        "this Idempotency-Key was used before with a different request",
                        null);
            case CommandOutcome.Contended contended ->
                problem(
                        HttpStatus.CONFLICT,
                        "concurrent-modification",
                        "other writers kept changing " + contended.streamId() + "; retry",
                        null);
        };
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Business rejections: a missing aggregate is 404, invalid input 422, a state that forbids it 409. */
    static HttpStatus statusOf(String code) {
        if (code.endsWith("-not-found")) {
            return HttpStatus.NOT_FOUND;
        }
        return code.startsWith("invalid-") ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, Long version) {
        ProblemDetail problem = Problems.of(status, code, detail);
        var headers = new HttpHeaders();
        if (version != null && version > 0) {
            headers.setETag(etag(version));
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }
}
