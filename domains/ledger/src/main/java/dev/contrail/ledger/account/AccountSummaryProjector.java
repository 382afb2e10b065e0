package dev.contrail.ledger.account;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.projection.Projector;
import dev.contrail.ledger.account.AccountEvent.AccountClosed;
import dev.contrail.ledger.account.AccountEvent.AccountOpened;
import dev.contrail.ledger.account.AccountEvent.AccountOverdrawn;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import dev.contrail.ledger.account.AccountEvent.FundsWithdrawn;
import java.math.BigDecimal;
import java.util.Currency;

/** Folds one account's events into its summary; {@code null} means no such account yet. */
public final class AccountSummaryProjector implements Projector<AccountSummary> {

    @Override
    public AccountSummary initialView() {
        return null;
    }

    @Override
    public AccountSummary project(AccountSummary view, RecordedEvent<?> recorded) {
        if (!(recorded.data() instanceof AccountEvent event)) {
            return view;
        }
        long version = recorded.streamVersion();
        long position = recorded.globalPosition();
        return switch (event) {
            case AccountOpened o ->
                new AccountSummary(
                        o.accountId(),
                        o.holderName(),
                        BigDecimal.ZERO.setScale(
                                Math.max(Currency.getInstance(o.currency()).getDefaultFractionDigits(), 0)),
                        o.currency(),
                        version,
                        position,
                        "OPEN");
            case FundsDeposited d -> view == null ? null : with(view, d.balance(), view.status(), version, position);
            case FundsWithdrawn w -> view == null ? null : with(view, w.balance(), view.status(), version, position);
            case AccountOverdrawn ignored ->
                view == null ? null : with(view, view.balance(), view.status(), version, position);
            case AccountClosed ignored -> view == null ? null : with(view, view.balance(), "CLOSED", version, position);
        };
    }

    private static AccountSummary with(
            AccountSummary view, BigDecimal balance, String status, long version, long position) {
        return new AccountSummary(
                view.accountId(), view.holderName(), balance, view.currency(), version, position, status);
    }
}
