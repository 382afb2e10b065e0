package dev.contrail.projection.ledger;

import dev.contrail.projection.web.ReadYourWrites;
import dev.contrail.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Account queries, with read-your-writes through {@code Contrail-Min-Position}. */
@RestController
@Tag(name = "ledger accounts", description = "account balances as the projection holds them")
class AccountQueryController {

    /** What a client sees of an account; the balance is a decimal string, never a float. */
    record AccountView(
            String accountId, String holderName, String balance, String currency, long version, String status) {}

    private final AccountSummaryRepository summaries;
    private final ReadYourWrites readYourWrites;

    AccountQueryController(AccountSummaryRepository summaries, ReadYourWrites readYourWrites) {
        this.summaries = summaries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/ledger/accounts/{accountId}")
    @Operation(
            summary = "An account's balance",
            description = "with Contrail-Min-Position: waits (bounded) until that position is applied, else 504")
    ResponseEntity<?> account(
            @PathVariable String accountId,
            @Parameter(description = "a position from a command response; the answer includes that write")
                    @RequestHeader(name = ReadYourWrites.HEADER, required = false)
                    String minPosition) {
        readYourWrites.await(AccountSummaryHandler.SUBSCRIPTION, minPosition);
        return summaries
                .findById(accountId)
                .map(AccountSummaryEntity::toSummary)
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok()
                        .eTag("\"" + s.version() + "\"")
                        .body(new AccountView(
                                s.accountId(),
                                s.holderName(),
                                s.balance().toPlainString(),
                                s.currency(),
                                s.version(),
                                s.status())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "account-not-found", "no account " + accountId)));
    }
}
