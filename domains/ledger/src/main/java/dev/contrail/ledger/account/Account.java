package dev.contrail.ledger.account;

import dev.contrail.core.decider.Decider;
import dev.contrail.core.decider.Decision;
import dev.contrail.ledger.account.AccountCommand.CloseAccount;
import dev.contrail.ledger.account.AccountCommand.DepositFunds;
import dev.contrail.ledger.account.AccountCommand.OpenAccount;
import dev.contrail.ledger.account.AccountCommand.WithdrawFunds;
import dev.contrail.ledger.account.AccountEvent.AccountClosed;
import dev.contrail.ledger.account.AccountEvent.AccountOpened;
import dev.contrail.ledger.account.AccountEvent.AccountOverdrawn;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import dev.contrail.ledger.account.AccountEvent.FundsWithdrawn;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A bank account: opened with a currency and an overdraft limit, takes deposits and withdrawals,
 * closes only at a zero balance. A withdrawal that goes below zero but stays within the limit is
 * recorded together with an overdraft event; beyond the limit it is refused.
 */
public final class Account implements Decider<AccountCommand, AccountState, AccountEvent> {

    private final String accountId;

    /** The decider of one account: its id is the stream id and goes on every event. */
    public Account(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public AccountState initialState() {
        return AccountState.initial();
    }

    @Override
    public Decision<AccountEvent> decide(AccountCommand command, AccountState state) {
        return switch (command) {
            case OpenAccount open -> open(open, state);
            case DepositFunds deposit -> deposit(deposit.amount(), state);
            case WithdrawFunds withdraw -> withdraw(withdraw.amount(), state);
            case CloseAccount ignored -> close(state);
        };
    }

    private Decision<AccountEvent> open(OpenAccount open, AccountState state) {
        if (state.status() != AccountState.Status.NEW) {
            return Decision.reject("account-exists", "account " + accountId + " is already open");
        }
        if (open.holderName() == null || open.holderName().isBlank()) {
            return Decision.reject("invalid-holder", "an account needs a holder name");
        }
        if (open.currency() == null || !open.currency().matches("[A-Z]{3}") || !isKnownCurrency(open.currency())) {
            return Decision.reject("invalid-currency", "not an ISO 4217 currency code: " + open.currency());
        }
        BigDecimal limit = open.overdraftLimit() == null ? BigDecimal.ZERO : open.overdraftLimit();
        if (limit.signum() < 0 || !fitsCurrency(limit, open.currency())) {
            return Decision.reject(
                    "invalid-overdraft-limit", "the overdraft limit must be zero or positive, in " + open.currency());
        }
        return Decision.accept(
                new AccountOpened(accountId, open.holderName().strip(), open.email(), open.currency(), limit));
    }

    private Decision<AccountEvent> deposit(BigDecimal amount, AccountState state) {
        var refused = refuseUnusable(state, amount);
        if (refused != null) {
            return refused;
        }
        return Decision.accept(
                new FundsDeposited(accountId, amount, state.balance().add(amount)));
    }

    private Decision<AccountEvent> withdraw(BigDecimal amount, AccountState state) {
        var refused = refuseUnusable(state, amount);
        if (refused != null) {
            return refused;
        }
        BigDecimal after = state.balance().subtract(amount);
        if (after.add(state.overdraftLimit()).signum() < 0) {
            return Decision.reject(
                    "insufficient-funds",
                    "withdrawing " + amount + " would take the balance to " + after + ", beyond the overdraft limit of "
                            + state.overdraftLimit());
        }
        var withdrawn = new FundsWithdrawn(accountId, amount, after);
        return after.signum() < 0
                ? Decision.accept(withdrawn, new AccountOverdrawn(accountId, after, state.overdraftLimit()))
                : Decision.accept(withdrawn);
    }

    private Decision<AccountEvent> close(AccountState state) {
        if (state.status() != AccountState.Status.OPEN) {
            return notOpen(state);
        }
        if (state.balance().signum() != 0) {
            return Decision.reject(
                    "balance-not-zero", "an account closes only at a zero balance; it holds " + state.balance());
        }
        return Decision.accept(new AccountClosed(accountId));
    }

    /** The rejection for a movement on an account that cannot take it, or null when it can. */
    private Decision<AccountEvent> refuseUnusable(AccountState state, BigDecimal amount) {
        if (state.status() != AccountState.Status.OPEN) {
            return notOpen(state);
        }
        if (amount == null || amount.signum() <= 0 || !fitsCurrency(amount, state.currency())) {
            return Decision.reject(
                    "invalid-amount",
                    "the amount must be positive with at most "
                            + Currency.getInstance(state.currency()).getDefaultFractionDigits() + " decimals: "
                            + amount);
        }
        return null;
    }

    private Decision<AccountEvent> notOpen(AccountState state) {
        return state.status() == AccountState.Status.NEW
                ? Decision.reject("account-not-found", "no account " + accountId)
                : Decision.reject("account-closed", "account " + accountId + " is closed");
    }

    @Override
    public AccountState evolve(AccountState state, AccountEvent event) {
        return switch (event) {
            case AccountOpened o ->
                new AccountState(
                        o.accountId(), AccountState.Status.OPEN, o.currency(), BigDecimal.ZERO, o.overdraftLimit());
            case FundsDeposited d -> state.withBalance(d.balance());
            case FundsWithdrawn w -> state.withBalance(w.balance());
            case AccountOverdrawn ignored -> state;
            case AccountClosed ignored -> state.withStatus(AccountState.Status.CLOSED);
        };
    }

    private static boolean isKnownCurrency(String code) {
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static boolean fitsCurrency(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.stripTrailingZeros().scale() <= Math.max(digits, 0);
    }
}
