package dev.contrail.eventstore.aggregate;

import dev.contrail.core.decider.Decider;
import java.util.function.Function;

/**
 * How the command side hosts one kind of aggregate.
 *
 * @param name the aggregate's name, also the snapshot's state type (e.g. {@code ledger.account})
 * @param streamPrefix stream id = prefix + aggregate id (e.g. {@code account-})
 * @param deciderOf the decider of one aggregate, given its id
 * @param stateClass the state record, for snapshots
 * @param stateSchemaVersion bump when the state record's shape changes; older snapshots are then ignored
 * @param snapshotEvery write a snapshot each time the version crosses a multiple of this; 0 for never
 */
public record AggregateType<C, S, E>(
        String name,
        String streamPrefix,
        Function<String, Decider<C, S, E>> deciderOf,
        Class<S> stateClass,
        int stateSchemaVersion,
        int snapshotEvery) {

    public String streamId(String aggregateId) {
        return streamPrefix + aggregateId;
    }
}
