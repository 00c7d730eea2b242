package io.newsflow.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which components of a record are never null, read from the record itself: its canonical constructor is
 * called with null for every reference and zero for every primitive, and a component that still comes
 * out non-null is one the constructor replaces (the payload records turn a null list into an empty one).
 * A record whose constructor refuses nulls proves nothing, and none of its reference components is
 * taken as non-null.
 */
final class RecordNulls {

    private static final Map<Class<?>, Set<String>> NEVER_NULL = new ConcurrentHashMap<>();

    private RecordNulls() {
    }

    /** True when {@code component} of {@code type} is a primitive or a reference its constructor never leaves null. */
    static boolean neverNull(final Class<?> type, final String component) {
        return type.isRecord() && NEVER_NULL.computeIfAbsent(type, RecordNulls::probe).contains(component);
    }

    private static Set<String> probe(final Class<?> type) {
        final RecordComponent[] components = type.getRecordComponents();
        final Class<?>[] types = new Class<?>[components.length];
        final Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = zeroOf(types[i]);
        }
        final Set<String> neverNull = new HashSet<>();
        final Object instance;
        try {
            final Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            instance = canonical.newInstance(args);
        } catch (InvocationTargetException refusesNulls) {
            for (RecordComponent c : components) {
                if (c.getType().isPrimitive()) {
                    neverNull.add(c.getName());
                }
            }
            return Set.copyOf(neverNull);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call the canonical constructor of " + type.getName(), e);
        }
        for (RecordComponent c : components) {
            try {
                c.getAccessor().setAccessible(true);
                if (c.getAccessor().invoke(instance) != null) {
                    neverNull.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
            }
        }
        return Set.copyOf(neverNull);
    }

    private static Object zeroOf(final Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
