package io.newsflow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM, which holds the broker, every service and the bench's client. The peak is the
 * most heap in use just before any collection (the high points of a collected heap), watched from the
 * bench's start; the sum of each pool's own peak would overstate it, as G1 moves regions between pools.
 */
final class HeapProbe {

    private static final AtomicLong PEAK_BYTES = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        final long before = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                                .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                        PEAK_BYTES.accumulateAndGet(before, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private HeapProbe() {
    }

    /** Starts watching (the first use of the class does); call it before the first phase. */
    static void watch() {
        current();
    }

    /** Reports the peak and live heap; returns the peak in MB. */
    static long report() {
        final long peak = peakMb();
        Report.say("peak heap: %d MB of %d MB allowed; live after a full GC: %d MB (the whole JVM: broker, ingest,"
                + " enrich, sink and this client)", peak, maxMb(), liveMb());
        return peak;
    }

    static long maxMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** The most heap in use at any time since {@link #watch()}: before a collection, or now. */
    static long peakMb() {
        return Math.max(PEAK_BYTES.get(), current()) >> 20;
    }

    /** The heap still reachable once the garbage is collected: what the JVM needs at the least. */
    static long liveMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long current() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
