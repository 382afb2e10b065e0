package dev.contrail.ledger;

import dev.contrail.core.event.EventType;
import dev.contrail.ledger.account.AccountEvent.AccountClosed;
import dev.contrail.ledger.account.AccountEvent.AccountOpened;
import dev.contrail.ledger.account.AccountEvent.AccountOverdrawn;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import dev.contrail.ledger.account.AccountEvent.FundsWithdrawn;
import java.util.List;

/** The published event types of the ledger context; their schemas live in {@code /schemas}. */
public final class LedgerEvents {

    public static final String CONTEXT = "ledger";

    public static final List<EventType<?>> TYPES = List.of(
            EventType.of("contrail.ledger.account_opened.v1", AccountOpened.class),
            EventType.of("contrail.ledger.funds_deposited.v1", FundsDeposited.class),
            EventType.of("contrail.ledger.funds_withdrawn.v1", FundsWithdrawn.class),
            EventType.of("contrail.ledger.account_overdrawn.v1", AccountOverdrawn.class),
            EventType.of("contrail.ledger.account_closed.v1", AccountClosed.class));

    private LedgerEvents() {}
}
