package dev.contrail.ledger.account;

import java.math.BigDecimal;

/** Facts about an account. Each carries everything a reader needs, including the balance after it. */
public sealed interface AccountEvent {

    String accountId();

    record AccountOpened(String accountId, String holderName, String email, String currency, BigDecimal overdraftLimit)
            implements AccountEvent {}

    record FundsDeposited(String accountId, BigDecimal amount, BigDecimal balance) implements AccountEvent {}

    record FundsWithdrawn(String accountId, BigDecimal amount, BigDecimal balance) implements AccountEvent {}

    /** The balance went below zero, within the overdraft limit; {@code balance} is the effective (negative) balance. */
    record AccountOverdrawn(String accountId, BigDecimal balance, BigDecimal overdraftLimit) implements AccountEvent {}

    record AccountClosed(String accountId) implements AccountEvent {}
}
