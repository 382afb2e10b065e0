package dev.contrail.eventstore;

/** Lets tests in other packages make and read the store's test event. */
public final class ThingHappenedAccess {

    private ThingHappenedAccess() {}

    public static Object of(String name, long n) {
        return new ThingHappened(name, n);
    }

    public static String name(Object event) {
        return ((ThingHappened) event).name();
    }

    public static long n(Object event) {
        return ((ThingHappened) event).n();
    }
}
