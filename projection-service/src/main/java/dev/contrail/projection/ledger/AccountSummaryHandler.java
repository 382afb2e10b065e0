package dev.contrail.projection.ledger;

import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.ledger.account.AccountEvent;
import dev.contrail.ledger.account.AccountSummary;
import dev.contrail.ledger.account.AccountSummaryProjector;
import dev.contrail.messaging.EventHandler;
import dev.contrail.messaging.Subscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** Stores what {@link AccountSummaryProjector} makes of each ledger event. */
@Component
class AccountSummaryHandler implements EventHandler {

    static final String SUBSCRIPTION = "ledger-account-summaries";

    private final AccountSummaryRepository summaries;
    private final EventTypeRegistry registry;
    private final AccountSummaryProjector projector = new AccountSummaryProjector();

    AccountSummaryHandler(AccountSummaryRepository summaries, EventTypeRegistry registry) {
        this.summaries = summaries;
        this.registry = registry;
    }

    @Override
    public void handle(RecordedEvent<String> event) {
        if (!registry.isRegistered(event.type())) {
            return; // a type this service does not know yet: nothing of its own to derive
        }
        if (!(registry.decode(event.type(), event.data()) instanceof AccountEvent data)) {
            return;
        }
        AccountSummary current = summaries
                .findById(data.accountId())
                .map(AccountSummaryEntity::toSummary)
                .orElse(null);
        AccountSummary next = projector.project(current, event.mapData(json -> data));
        if (next != null && !next.equals(current)) {
            summaries.save(AccountSummaryEntity.from(next));
        }
    }

    @Override
    public void reset() {
        summaries.deleteAllInBatch();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        Subscription ledgerAccountSummaries(AccountSummaryHandler handler) {
            return new Subscription(SUBSCRIPTION, "ledger", handler);
        }
    }
}
