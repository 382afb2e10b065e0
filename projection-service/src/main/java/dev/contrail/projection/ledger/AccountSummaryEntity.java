package dev.contrail.projection.ledger;

import dev.contrail.ledger.account.AccountSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A row of the account summaries read model. */
@Entity
@Table(name = "account_summaries")
class AccountSummaryEntity {

    @Id
    private String accountId;

    private String holderName;
    private BigDecimal balance;
    private String currency;
    private long version;
    private long position;
    private String status;

    protected AccountSummaryEntity() {}

    static AccountSummaryEntity from(AccountSummary summary) {
        var entity = new AccountSummaryEntity();
        entity.accountId = summary.accountId();
        entity.holderName = summary.holderName();
        entity.balance = summary.balance();
        entity.currency = summary.currency();
        entity.version = summary.version();
        entity.position = summary.position();
        entity.status = summary.status();
        return entity;
    }

    AccountSummary toSummary() {
        return new AccountSummary(accountId, holderName, balance, currency, version, position, status);
    }
}
