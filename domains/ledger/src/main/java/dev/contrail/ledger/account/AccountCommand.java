package dev.contrail.ledger.account;

import java.math.BigDecimal;

/** What a client may ask of an account. The account id is the stream; time travels on the envelope. */
public sealed interface AccountCommand {

    record OpenAccount(String holderName, String email, String currency, BigDecimal overdraftLimit)
            implements AccountCommand {}

    record DepositFunds(BigDecimal amount) implements AccountCommand {}

    record WithdrawFunds(BigDecimal amount) implements AccountCommand {}

    record CloseAccount() implements AccountCommand {}
}
