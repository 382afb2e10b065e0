package dev.contrail.messaging;

/** No subscription by that name runs in this service. */
public final class UnknownSubscriptionException extends RuntimeException {

    public UnknownSubscriptionException(String name) {
        super("no subscription named " + name);
    }
}
