package dev.contrail.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transaction-id horizon of the log: every transaction below it that could have appended
 * events has ended, so reading below it in {@code (transaction_id, global_position)} order never
 * skips an event that commits later.
 *
 * <p>{@code pg_snapshot_xmin(pg_current_snapshot())} would be correct but is cluster-wide: any
 * transaction in any database of the server (a projection's, a report's) would hold the relay
 * back. Only transactions of this database can append here, so the running transactions of the
 * snapshot are narrowed to the backends connected to this database. The order matters: the
 * snapshot first, then the backends (a transaction that ends in between is over before the log
 * is read), then the log in a later statement. A role that cannot see other sessions' transaction
 * ids ({@code pg_read_all_stats}) falls back to the cluster-wide horizon. Prepared (two-phase)
 * transactions must not append events: they have no backend.
 */
final class TransactionHorizon {

    /**
     * One statement: its snapshot is taken when it starts, the backends are read while it runs
     * (later, as required), and the subquery runs only when transactions are in progress. The
     * backend xid is the 32-bit form; a collision with another database's xid only makes the
     * horizon lower.
     */
    private static final String THIS_DATABASE_HORIZON = """
            select coalesce(
                (select min(running) from pg_snapshot_xip(snapshot) running
                    where running::text::bigint & 4294967295 in (
                        select backend_xid::text::bigint from pg_stat_activity
                        where datid = (select oid from pg_database where datname = current_database())
                            and backend_xid is not null)),
                pg_snapshot_xmax(snapshot))::text
            from pg_current_snapshot() snapshot
            """;

    private static final String CLUSTER_HORIZON = "select pg_snapshot_xmin(pg_current_snapshot())::text";

    private final JdbcTemplate jdbc;
    private volatile Boolean seesOtherSessions;

    TransactionHorizon(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "the log is read in commit order outside transactions: a transaction's older snapshot could skip events");
        }
        String horizon = seesOtherSessions() ? THIS_DATABASE_HORIZON : CLUSTER_HORIZON;
        return Long.parseLong(jdbc.queryForObject(horizon, String.class));
    }

    private boolean seesOtherSessions() {
        Boolean sees = seesOtherSessions;
        if (sees == null) {
            sees = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select rolsuper or pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') from pg_roles where rolname = current_user",
                    Boolean.class));
            seesOtherSessions = sees;
        }
        return sees;
    }
}
