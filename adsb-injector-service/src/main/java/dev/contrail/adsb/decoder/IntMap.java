package dev.contrail.adsb.decoder;

import java.util.function.Predicate;

/** Open-addressing map from a non-negative int key to an object, without boxing. */
final class IntMap<V> {

    private static final int EMPTY = -1;
    private int[] keys;
    private Object[] values;
    private int size;

    IntMap(int capacity) {
        allocate(Integer.highestOneBit(Math.max(16, capacity - 1)) << 1);
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        java.util.Arrays.fill(keys, EMPTY);
        values = new Object[capacity];
        size = 0;
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    void put(int key, V value) {
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length << 1, v -> true);
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    int size() {
        return size;
    }

    /** Keeps only the entries whose value passes {@code keep}. */
    void retain(Predicate<V> keep) {
        rehash(keys.length, keep);
    }

    @SuppressWarnings("unchecked")
    private void rehash(int capacity, Predicate<V> keep) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && keep.test((V) oldValues[i])) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B1 >>> 7) & mask;
    }
}
