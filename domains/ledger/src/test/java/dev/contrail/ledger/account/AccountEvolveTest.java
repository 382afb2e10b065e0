package dev.contrail.ledger.account;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.contrail.ledger.account.AccountEvent.AccountClosed;
import dev.contrail.ledger.account.AccountEvent.AccountOpened;
import dev.contrail.ledger.account.AccountEvent.AccountOverdrawn;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import dev.contrail.ledger.account.AccountEvent.FundsWithdrawn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** laws.md rule 2: applying any event, in any order, to any state never throws. */
class AccountEvolveTest {

    @Test
    void evolve_never_throws_for_any_sequence_of_events() {
        var random = new Random(42);
        var decider = new Account("a");
        for (int run = 0; run < 2_000; run++) {
            List<AccountEvent> events = new ArrayList<>();
            for (int i = 0; i < random.nextInt(12); i++) {
                events.add(randomEvent(random));
            }
            assertThatCode(() -> decider.fold(events)).doesNotThrowAnyException();
        }
    }

    private static AccountEvent randomEvent(Random random) {
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000) - 1_000, 2);
        return switch (random.nextInt(5)) {
            case 0 -> new AccountOpened("a", "Holder", null, random.nextBoolean() ? "EUR" : "JPY", amount.abs());
            case 1 -> new FundsDeposited("a", amount, amount);
            case 2 -> new FundsWithdrawn("a", amount, amount.negate());
            case 3 -> new AccountOverdrawn("a", amount, amount.abs());
            default -> new AccountClosed("a");
        };
    }
}
