package dev.contrail.ledger.account;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.testing.ProjectorFixture;
import dev.contrail.ledger.account.AccountEvent.AccountOpened;
import dev.contrail.ledger.account.AccountEvent.AccountOverdrawn;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import dev.contrail.ledger.account.AccountEvent.FundsWithdrawn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountSummaryProjectorTest {

    private final ProjectorFixture<AccountSummary> summary = ProjectorFixture.of(new AccountSummaryProjector());

    private static RecordedEvent<AccountEvent> recorded(AccountEvent event, long version, long position) {
        var envelope = new EventEnvelope<>(
                UUID.randomUUID(), "test", "t", event.accountId(), Instant.EPOCH, event, EventMetadata.none());
        return new RecordedEvent<>(envelope, event.accountId(), version, position);
    }

    @Test
    void the_summary_shows_the_balance_after_the_last_movement() {
        summary.given(
                        recorded(new AccountOpened("a", "Ada", null, "EUR", new BigDecimal("50")), 1, 10),
                        recorded(new FundsDeposited("a", new BigDecimal("12.50"), new BigDecimal("12.50")), 2, 14),
                        recorded(new FundsWithdrawn("a", new BigDecimal("20.00"), new BigDecimal("-7.50")), 3, 20),
                        recorded(new AccountOverdrawn("a", new BigDecimal("-7.50"), new BigDecimal("50")), 4, 21))
                .thenView(new AccountSummary("a", "Ada", new BigDecimal("-7.50"), "EUR", 4, 21, "OPEN"));
    }

    @Test
    void a_new_account_shows_a_zero_balance_in_its_currency() {
        summary.given(recorded(new AccountOpened("a", "Ada", null, "EUR", BigDecimal.ZERO), 1, 3))
                .thenView(new AccountSummary("a", "Ada", new BigDecimal("0.00"), "EUR", 1, 3, "OPEN"));
    }

    @Test
    void movements_without_an_opening_show_nothing() {
        summary.given(recorded(new FundsDeposited("a", BigDecimal.ONE, BigDecimal.ONE), 2, 5))
                .thenView(null);
    }
}
