package dev.contrail.ledger.account;

import java.math.BigDecimal;

/**
 * The account as a client sees it: the read model the projection service stores.
 *
 * @param version the stream version of the last event applied
 * @param position the global position of the last event applied
 */
public record AccountSummary(
        String accountId,
        String holderName,
        BigDecimal balance,
        String currency,
        long version,
        long position,
        String status) {}
