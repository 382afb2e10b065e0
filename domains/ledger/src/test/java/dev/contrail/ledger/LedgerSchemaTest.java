package dev.contrail.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.event.InvalidEventException;
import dev.contrail.core.testing.SchemaLock;
import dev.contrail.ledger.account.AccountEvent;
import dev.contrail.ledger.account.AccountEvent.FundsDeposited;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LedgerSchemaTest {

    private final EventTypeRegistry registry = new EventTypeRegistry(LedgerEvents.TYPES);

    @Test
    void published_schemas_never_change() {
        SchemaLock.assertUnchanged(registry, "/schema.lock");
    }

    @Test
    void every_event_round_trips_through_its_schema() {
        var deposited = new FundsDeposited("a-1", new BigDecimal("12.50"), new BigDecimal("100.00"));
        String json = registry.encode("contrail.ledger.funds_deposited.v1", deposited);
        assertThat(json).isEqualTo("{\"account_id\":\"a-1\",\"amount\":\"12.50\",\"balance\":\"100.00\"}");
        assertThat((AccountEvent) registry.decode("contrail.ledger.funds_deposited.v1", json))
                .isEqualTo(deposited);
    }

    @Test
    void data_that_breaks_the_schema_is_refused() {
        var bad = JsonMapper.shared().readTree("{\"account_id\":\"a\",\"amount\":12.5,\"balance\":\"1\"}");
        assertThatThrownBy(() -> registry.encode("contrail.ledger.funds_deposited.v1", bad))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("amount");
        assertThat(registry.validate("contrail.ledger.no_such_thing.v1", bad)).isNotEmpty();
    }
}
