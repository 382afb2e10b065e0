package dev.contrail.command.ledger;

import dev.contrail.command.ledger.AccountRequests.AccountCommandResponse;
import dev.contrail.command.ledger.AccountRequests.AmountRequest;
import dev.contrail.command.ledger.AccountRequests.OpenAccountRequest;
import dev.contrail.command.web.CommandHeaders;
import dev.contrail.command.web.CommandResponses;
import dev.contrail.core.id.UuidV7;
import dev.contrail.eventstore.aggregate.AggregateType;
import dev.contrail.eventstore.aggregate.CommandOutcome;
import dev.contrail.eventstore.aggregate.CommandRunner;
import dev.contrail.ledger.account.Account;
import dev.contrail.ledger.account.AccountCommand;
import dev.contrail.ledger.account.AccountCommand.CloseAccount;
import dev.contrail.ledger.account.AccountCommand.DepositFunds;
import dev.contrail.ledger.account.AccountCommand.OpenAccount;
import dev.contrail.ledger.account.AccountCommand.WithdrawFunds;
import dev.contrail.ledger.account.AccountEvent;
import dev.contrail.ledger.account.AccountState;
import dev.contrail.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ledger account commands over HTTP: adapt, run, respond. The rules live in {@link Account}. */
@RestController
@RequestMapping("/api/ledger/accounts")
@Tag(name = "ledger accounts", description = "commands on bank accounts")
@SecurityRequirement(name = "bearer")
class AccountController {

    static final AggregateType<AccountCommand, AccountState, AccountEvent> ACCOUNT =
            new AggregateType<>("ledger.account", "account-", Account::new, AccountState.class, 1, 100);
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final CommandRunner runner;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountController(CommandRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Open an account", description = "201 with Location, ETag and the recorded events")
    ResponseEntity<?> open(
            @RequestBody OpenAccountRequest request,
            Authentication principal,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String accountId = UuidV7.of(clock.millis(), random).toString();
        var command =
                new OpenAccount(request.holderName(), request.email(), request.currency(), request.overdraftLimit());
        var context = CommandHeaders.context(principal, idempotencyKey, null, "POST /api/ledger/accounts", request);
        return respond(runner.handle(ACCOUNT, accountId, command, context), HttpStatus.CREATED);
    }

    @PostMapping("/{accountId}/deposits")
    @Operation(summary = "Deposit funds")
    ResponseEntity<?> deposit(
            @PathVariable String accountId,
            @RequestBody AmountRequest request,
            Authentication principal,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return run(
                accountId, new DepositFunds(amount(request)), principal, idempotencyKey, ifMatch, "deposits", request);
    }

    @PostMapping("/{accountId}/withdrawals")
    @Operation(
            summary = "Withdraw funds",
            description = "within the balance plus the overdraft limit; going below zero also records an overdraft")
    ResponseEntity<?> withdraw(
            @PathVariable String accountId,
            @RequestBody AmountRequest request,
            Authentication principal,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return run(
                accountId,
                new WithdrawFunds(amount(request)),
                principal,
                idempotencyKey,
                ifMatch,
                "withdrawals",
                request);
    }

    @PostMapping("/{accountId}/close")
    @Operation(summary = "Close an account", description = "only at a zero balance")
    ResponseEntity<?> close(
            @PathVariable String accountId,
            Authentication principal,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return run(accountId, new CloseAccount(), principal, idempotencyKey, ifMatch, "close", "close");
    }

    private ResponseEntity<?> run(
            String accountId,
            AccountCommand command,
            Authentication principal,
            String idempotencyKey,
            String ifMatch,
            String action,
            Object request) {
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new BadRequestException("invalid-account-id", "not an account id: " + accountId);
        }
        var context = CommandHeaders.context(
                principal, idempotencyKey, ifMatch, "POST /api/ledger/accounts/" + accountId + "/" + action, request);
        return respond(runner.handle(ACCOUNT, accountId, command, context), HttpStatus.OK);
    }

    private static ResponseEntity<?> respond(CommandOutcome outcome, HttpStatus status) {
        return CommandResponses.respond(
                outcome,
                status,
                accepted -> status == HttpStatus.CREATED
                        ? URI.create("/api/ledger/accounts/" + accountIdOf(accepted))
                        : null,
                accepted -> new AccountCommandResponse(
                        accountIdOf(accepted),
                        accepted.version(),
                        accepted.lastPosition(),
                        CommandResponses.events(accepted)));
    }

    private static String accountIdOf(CommandOutcome.Accepted accepted) {
        return accepted.streamId().substring(ACCOUNT.streamPrefix().length());
    }

    private static java.math.BigDecimal amount(AmountRequest request) {
        if (request.amount() == null) {
            throw new BadRequestException("missing-amount", "the body needs an amount, e.g. {\"amount\": \"12.50\"}");
        }
        return request.amount();
    }
}
