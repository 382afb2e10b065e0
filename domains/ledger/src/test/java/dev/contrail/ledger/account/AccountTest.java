package dev.contrail.ledger.account;

import dev.contrail.core.testing.DeciderFixture;
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
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final String ID = "acc-1";
    private final DeciderFixture<AccountCommand, AccountState, AccountEvent> account =
            DeciderFixture.of(new Account(ID));

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static AccountOpened opened(String overdraftLimit) {
        return new AccountOpened(ID, "Ada Lovelace", "ada@example.org", "EUR", eur(overdraftLimit));
    }

    @Test
    void a_new_account_is_opened_with_its_holder_currency_and_limit() {
        account.given()
                .when(new OpenAccount(" Ada Lovelace ", "ada@example.org", "EUR", eur("100.00")))
                .thenEvents(opened("100.00"));
    }

    @Test
    void an_account_without_an_overdraft_limit_gets_zero() {
        account.given()
                .when(new OpenAccount("Ada Lovelace", "ada@example.org", "EUR", null))
                .thenEvents(new AccountOpened(ID, "Ada Lovelace", "ada@example.org", "EUR", BigDecimal.ZERO));
    }

    @Test
    void an_account_cannot_be_opened_twice() {
        account.given(opened("0"))
                .when(new OpenAccount("Bob", null, "EUR", null))
                .thenRejected("account-exists");
    }

    @Test
    void an_unknown_currency_is_refused() {
        account.given().when(new OpenAccount("Ada", null, "XXQ", null)).thenRejected("invalid-currency");
        account.given().when(new OpenAccount("Ada", null, "eur", null)).thenRejected("invalid-currency");
    }

    @Test
    void a_blank_holder_or_a_negative_limit_is_refused() {
        account.given().when(new OpenAccount(" ", null, "EUR", null)).thenRejected("invalid-holder");
        account.given().when(new OpenAccount("Ada", null, "EUR", eur("-1"))).thenRejected("invalid-overdraft-limit");
    }

    @Test
    void a_deposit_records_the_new_balance() {
        account.given(opened("0"), new FundsDeposited(ID, eur("10.00"), eur("10.00")))
                .when(new DepositFunds(eur("12.50")))
                .thenEvents(new FundsDeposited(ID, eur("12.50"), eur("22.50")));
    }

    @Test
    void a_deposit_must_be_positive_and_fit_the_currency() {
        account.given(opened("0")).when(new DepositFunds(eur("0"))).thenRejected("invalid-amount");
        account.given(opened("0")).when(new DepositFunds(eur("-5"))).thenRejected("invalid-amount");
        account.given(opened("0")).when(new DepositFunds(eur("1.001"))).thenRejected("invalid-amount");
    }

    @Test
    void a_deposit_to_an_account_that_was_never_opened_is_refused() {
        account.given().when(new DepositFunds(eur("1"))).thenRejected("account-not-found");
    }

    @Test
    void a_withdrawal_within_the_balance_records_only_the_withdrawal() {
        account.given(opened("0"), new FundsDeposited(ID, eur("50"), eur("50")))
                .when(new WithdrawFunds(eur("20")))
                .thenEvents(new FundsWithdrawn(ID, eur("20"), eur("30")));
    }

    @Test
    void a_withdrawal_into_the_overdraft_also_records_the_overdraft_with_the_effective_balance() {
        account.given(opened("100"), new FundsDeposited(ID, eur("50"), eur("50")))
                .when(new WithdrawFunds(eur("120")))
                .thenEvents(
                        new FundsWithdrawn(ID, eur("120"), eur("-70")),
                        new AccountOverdrawn(ID, eur("-70"), eur("100")));
    }

    @Test
    void a_withdrawal_exactly_to_the_limit_is_allowed() {
        account.given(opened("100"))
                .when(new WithdrawFunds(eur("100")))
                .thenEvents(
                        new FundsWithdrawn(ID, eur("100"), eur("-100")),
                        new AccountOverdrawn(ID, eur("-100"), eur("100")));
    }

    @Test
    void a_withdrawal_beyond_the_overdraft_limit_is_rejected_and_records_nothing() {
        account.given(opened("100"), new FundsDeposited(ID, eur("50"), eur("50")))
                .when(new WithdrawFunds(eur("150.01")))
                .thenRejected("insufficient-funds");
    }

    @Test
    void an_account_closes_only_at_zero_balance() {
        account.given(opened("0"), new FundsDeposited(ID, eur("5"), eur("5")))
                .when(new CloseAccount())
                .thenRejected("balance-not-zero");
        account.given(
                        opened("0"),
                        new FundsDeposited(ID, eur("5"), eur("5")),
                        new FundsWithdrawn(ID, eur("5"), eur("0")))
                .when(new CloseAccount())
                .thenEvents(new AccountClosed(ID));
    }

    @Test
    void a_closed_account_takes_no_more_movements() {
        account.given(opened("0"), new AccountClosed(ID))
                .when(new DepositFunds(eur("1")))
                .thenRejected("account-closed");
        account.given(opened("0"), new AccountClosed(ID))
                .when(new CloseAccount())
                .thenRejected("account-closed");
    }
}
