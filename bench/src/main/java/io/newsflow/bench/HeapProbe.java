package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/** The heap of this JVM, which holds the broker, every service and the bench's client. */
final class HeapProbe {

    private HeapProbe() {
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

    /** Upper bound of the heap in use at any time: the sum of each heap pool's own peak. */
    static long peakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** The heap still reachable once the garbage is collected: what the JVM needs at the least. */
    static long liveMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
