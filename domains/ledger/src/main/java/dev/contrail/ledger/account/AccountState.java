package dev.contrail.ledger.account;

import java.math.BigDecimal;

/** What the account decider remembers of the past: only what its rules need. */
public record AccountState(
        String accountId, Status status, String currency, BigDecimal balance, BigDecimal overdraftLimit) {

    public enum Status {
        NEW,
        OPEN,
        CLOSED
    }

    static AccountState initial() {
        return new AccountState(null, Status.NEW, null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    AccountState withBalance(BigDecimal newBalance) {
        return new AccountState(accountId, status, currency, newBalance, overdraftLimit);
    }

    AccountState withStatus(Status newStatus) {
        return new AccountState(accountId, newStatus, currency, balance, overdraftLimit);
    }
}
