package dev.contrail.eventstore.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.decider.Decider;
import dev.contrail.core.decider.Decision;
import dev.contrail.eventstore.EventLogTestSupport;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.eventstore.Snapshot;
import dev.contrail.eventstore.ThingHappenedAccess;
import dev.contrail.test.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class CommandRunnerTest {

    private static final TestPostgres.Database DB = EventLogTestSupport.database(CommandRunnerTest.class);
    private final PostgresEventStore store = EventLogTestSupport.store(DB.dataSource());
    private final JdbcTemplate jdbc = new JdbcTemplate(DB.dataSource());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** A counter: each event adds its increment; its name shows the total after it, so the events tell what the state was. */
    record Increment(long by) {}

    record Total(long value) {}

    static final class Counter implements Decider<Increment, Total, Object> {
        private final String id;

        Counter(String id) {
            this.id = id;
        }

        @Override
        public Total initialState() {
            return new Total(0);
        }

        @Override
        public Decision<Object> decide(Increment command, Total state) {
            return command.by() <= 0
                    ? Decision.reject("invalid-increment", "increments are positive")
                    : Decision.accept(
                            ThingHappenedAccess.of(Long.toString(state.value() + command.by()), command.by()));
        }

        @Override
        public Total evolve(Total state, Object event) {
            return new Total(state.value() + ThingHappenedAccess.n(event));
        }
    }

    private static AggregateType<Increment, Total, Object> counter(int schemaVersion) {
        return new AggregateType<>("test.counter", "counter-", Counter::new, Total.class, schemaVersion, 3);
    }

    private CommandRunner runner() {
        return new CommandRunner(store, new StateCache(100), Clock.systemUTC(), new Random(1), "test/runner", meters);
    }

    private static final CommandContext CONTEXT = new CommandContext("tester", null, null, null, null);

    private static long totalAfter(CommandOutcome outcome) {
        var accepted = (CommandOutcome.Accepted) outcome;
        return Long.parseLong(
                ThingHappenedAccess.name(accepted.events().getLast().data()));
    }

    @Test
    void a_fresh_runner_loads_the_snapshot_plus_the_events_after_it() {
        String id = UUID.randomUUID().toString();
        var runner = runner();
        for (int i = 0; i < 4; i++) {
            runner.handle(counter(1), id, new Increment(1), CONTEXT);
        }
        // Tamper with the snapshot (version 3): if the loader uses it, the tampered total shows.
        jdbc.update("update snapshots set state = '{\"value\": 1000}' where stream_id = ?", "counter-" + id);

        var outcome = runner().handle(counter(1), id, new Increment(1), CONTEXT);
        assertThat(totalAfter(outcome)).isEqualTo(1000 + 1 + 1);
        assertThat(((CommandOutcome.Accepted) outcome).version()).isEqualTo(5);
    }

    @Test
    void a_snapshot_of_another_state_schema_version_is_ignored_never_misread() {
        String id = UUID.randomUUID().toString();
        var runner = runner();
        for (int i = 0; i < 4; i++) {
            runner.handle(counter(1), id, new Increment(2), CONTEXT);
        }
        store.saveSnapshot(new Snapshot("counter-" + id, "test.counter", 1, 99, "{\"shape\": \"of an older record\"}"));

        var outcome = runner().handle(counter(2), id, new Increment(2), CONTEXT);
        assertThat(totalAfter(outcome)).isEqualTo(10);
        assertThat(meters.counter("contrail.snapshots.ignored").count()).isEqualTo(1);
    }

    @Test
    void a_snapshot_store_that_fails_never_fails_the_command() {
        String id = UUID.randomUUID().toString();
        jdbc.execute("alter table snapshots rename to snapshots_away");
        try {
            var runner = runner();
            CommandOutcome last = null;
            for (int i = 0; i < 4; i++) {
                last = runner.handle(counter(1), id, new Increment(1), CONTEXT);
            }
            assertThat(totalAfter(last)).isEqualTo(4);
            assertThat(meters.counter("contrail.snapshots.failed").count())
                    .as("the load's read and the write at version 3")
                    .isEqualTo(2);
        } finally {
            jdbc.execute("alter table snapshots_away rename to snapshots");
        }
    }

    @Test
    void a_stale_cache_loses_the_race_reloads_and_retries() {
        String id = UUID.randomUUID().toString();
        var first = runner();
        var second = runner();
        first.handle(counter(1), id, new Increment(1), CONTEXT);
        second.handle(counter(1), id, new Increment(1), CONTEXT); // second's cache now holds version 2
        first.handle(counter(1), id, new Increment(1), CONTEXT); // first's cache is stale: it retries

        var outcome = second.handle(counter(1), id, new Increment(1), CONTEXT);
        assertThat(totalAfter(outcome)).isEqualTo(4);
        assertThat(((CommandOutcome.Accepted) outcome).version()).isEqualTo(4);
    }

    @Test
    void a_rejection_records_nothing_and_if_match_guards_the_version() {
        String id = UUID.randomUUID().toString();
        var runner = runner();
        runner.handle(counter(1), id, new Increment(1), CONTEXT);
        assertThat(runner.handle(counter(1), id, new Increment(0), CONTEXT))
                .isEqualTo(new CommandOutcome.Rejected("invalid-increment", "increments are positive", 1));
        var ifMatch = new CommandContext("tester", null, null, null, 7L);
        assertThat(runner.handle(counter(1), id, new Increment(1), ifMatch))
                .isEqualTo(new CommandOutcome.PreconditionFailed(7, 1));
        assertThat(store.currentVersion("counter-" + id)).isEqualTo(1);
    }
}
