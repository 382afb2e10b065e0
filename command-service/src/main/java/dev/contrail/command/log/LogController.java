package dev.contrail.command.log;

import dev.contrail.core.event.StructuredCloudEvents;
import dev.contrail.eventstore.LogPage;
import dev.contrail.eventstore.LogPosition;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The whole log for rebuilds and audits: structured CloudEvents, one per line, in commit-safe
 * order after a log position. Each line carries its own {@code logposition}; the last line's is
 * where the next request starts.
 */
@RestController
@RequestMapping("/api/log")
@Tag(name = "event log", description = "read the log itself (scope log:read)")
@SecurityRequirement(name = "bearer")
class LogController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int PAGE = 500;
    private static final int MAX_LIMIT = 100_000;
    /** One event per line: each line ends with its newline, nothing goes between root values. */
    private static final JsonFactory NDJSON_LINES = JsonFactory.builder()
            .rootValueSeparator("")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the response's stream is the container's
            .build();

    private final PostgresEventStore store;

    LogController(PostgresEventStore store) {
        this.store = store;
    }

    @GetMapping(
            value = "/events",
            produces = {"application/x-ndjson"})
    @Operation(summary = "Read the log after a position", description = "NDJSON of structured CloudEvents, streamed")
    ResponseEntity<StreamingResponseBody> events(
            @Parameter(description = "log position <transactionId>:<globalPosition>; 0:0 is the start")
                    @RequestParam(defaultValue = "0:0")
                    String after,
            @RequestParam(defaultValue = "1000") int limit,
            @Parameter(description = "only this bounded context, e.g. ledger") @RequestParam(required = false)
                    String context) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("invalid-limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (context != null && !context.matches("[a-z][a-z0-9_]*")) {
            throw new BadRequestException("invalid-context", "not a bounded context name: " + context);
        }
        LogPosition start = LogPosition.parse(after);
        StreamingResponseBody body = out -> stream(out, start, limit, context);
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    private void stream(OutputStream out, LogPosition start, int limit, String context) throws IOException {
        LogPosition position = start;
        int left = limit;
        try (JsonGenerator json = NDJSON_LINES.createGenerator(ObjectWriteContext.empty(), out)) {
            while (left > 0) {
                int wanted = Math.min(PAGE, left);
                LogPage page = store.readAll(position, wanted, context);
                for (LogPage.Entry entry : page.entries()) {
                    StructuredCloudEvents.write(entry.event(), entry.position().toString(), json);
                    json.writeRaw('\n');
                }
                json.flush();
                if (page.entries().size() < wanted) {
                    break;
                }
                left -= wanted;
                position = page.next();
            }
        }
    }
}
