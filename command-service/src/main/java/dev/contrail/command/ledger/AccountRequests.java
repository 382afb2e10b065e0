package dev.contrail.command.ledger;

import dev.contrail.command.web.CommandResponses.EventView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the ledger's account commands. */
final class AccountRequests {

    private AccountRequests() {}

    record OpenAccountRequest(
            @Schema(example = "Ada Lovelace") String holderName,
            @Schema(example = "ada@example.org") String email,
            @Schema(example = "EUR") String currency,

            @Schema(example = "100.00", description = "how far below zero the balance may go; 0 when absent")
            BigDecimal overdraftLimit) {}

    record AmountRequest(
            @Schema(example = "12.50", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal amount) {}

    /**
     * @param version the account stream's version after the command (also the ETag)
     * @param position the global position of the last event: pass it as {@code Contrail-Min-Position} to read your write
     */
    record AccountCommandResponse(String accountId, long version, long position, List<EventView> events) {}
}
