package io.newsflow.bench;

import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.ingest.pages.ExtractedPage;
import io.newsflow.ingest.pages.PageExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench.jar extract}: how fast ingest turns web pages into text, on one thread (so per core), and what it
 * costs in memory. Pages of about {@code --page-bytes} are written by {@link PageGenerator}; the extractor is warmed
 * up, then extracts {@code --pages} of them, cycling through {@code --distinct} different ones. Pages/s are given
 * by wall time and by the thread's CPU time (the second does not drop when other processes share the cores).
 */
final class ExtractionPhase {

    static final String PAGES = "pages";
    static final String PAGE_BYTES = "page-bytes";
    static final String DISTINCT = "distinct";
    static final String SEED = "seed";

    static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(PAGES, "5000", "pages extracted in the measured run"),
            new ConfigOption(PAGE_BYTES, "102400", "size of a generated page in bytes"),
            new ConfigOption(DISTINCT, "100", "different pages generated; the run cycles through them"),
            new ConfigOption(SEED, "20201019", "seed of the page generator"));

    /** What one run measured; {@link #summary()} is its last line. */
    record Result(double pagesPerSecond, double pagesPerCpuSecond, double meanKb, double p50Ms, double p99Ms,
            double allocatedKbPerPage, long peakHeapMb) {

        String summary() {
            return String.format(Locale.ROOT, "extract pagesPerSecond=%.0f pagesPerCpuSecond=%.0f meanKb=%.1f"
                    + " p50Ms=%.2f p99Ms=%.2f allocKbPerPage=%.0f peakHeapMb=%d", pagesPerSecond, pagesPerCpuSecond,
                    meanKb, p50Ms, p99Ms, allocatedKbPerPage, peakHeapMb);
        }
    }

    private final int pages;
    private final byte[][] distinct;
    private final PageExtractor extractor = new PageExtractor();

    private ExtractionPhase(final int pages, final byte[][] distinct) {
        this.pages = pages;
        this.distinct = distinct;
    }

    /** Reads the options, writes the pages, measures and prints a line per figure and the summary last. */
    static Result run(final Settings settings) throws Exception {
        final int pages = settings.getInt(PAGES, 1, 10_000_000);
        final int bytes = settings.getInt(PAGE_BYTES, 4096, PageExtractor.DEFAULT_MAX_BYTES);
        final int count = settings.getInt(DISTINCT, 1, 10_000);
        final PageGenerator generator = new PageGenerator(settings.getInt(SEED, 0, Integer.MAX_VALUE), bytes);
        final byte[][] distinct = new byte[count][];
        for (int i = 0; i < count; i++) {
            distinct[i] = generator.next(i);
        }
        return new ExtractionPhase(pages, distinct).measure();
    }

    private Result measure() throws Exception {
        final double meanKb = Arrays.stream(distinct).mapToInt(p -> p.length).average().orElse(0) / 1024;
        Report.say("machine: %d processors, max heap %d MB; %d pages of %.1f KB on average (%d different), one"
                + " thread", Runtime.getRuntime().availableProcessors(), HeapProbe.maxMb(), pages, meanKb,
                distinct.length);
        WarmUp.warmUp("extraction", round -> {
            for (int i = 0; i < WarmUp.ROUND_ARTICLES; i++) {
                extract(round * WarmUp.ROUND_ARTICLES + i);
            }
        });
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final com.sun.management.ThreadMXBean allocations = threads instanceof com.sun.management.ThreadMXBean t
                ? t : null;
        final long thread = Thread.currentThread().getId();
        final long allocatedBefore = allocations == null ? 0 : allocations.getThreadAllocatedBytes(thread);
        final long cpuBefore = threads.getCurrentThreadCpuTime();
        final double[] ms = new double[pages];
        long chars = 0;
        final long start = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            final long at = System.nanoTime();
            chars += extract(i).text().length();
            ms[i] = (System.nanoTime() - at) / 1e6;
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        final double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        final double allocatedKb = allocations == null ? Double.NaN
                : (allocations.getThreadAllocatedBytes(thread) - allocatedBefore) / 1024.0 / pages;
        Arrays.sort(ms);
        final Result result = new Result(pages / seconds, pages / cpuSeconds, meanKb, Percentiles.of(ms, 50),
                Percentiles.of(ms, 99), allocatedKb, HeapProbe.peakMb());
        Report.say("extraction: %.0f pages/s (%.1f MB/s) by wall time, %.0f pages/s by the thread's CPU time;"
                + " %.0f characters of text a page; per page p50 %.2f ms, p99 %.2f ms", result.pagesPerSecond(),
                result.pagesPerSecond() * meanKb / 1024, result.pagesPerCpuSecond(), (double) chars / pages,
                result.p50Ms(), result.p99Ms());
        Report.say("memory: %.0f KB allocated a page (%.1f times the page); peak heap %d MB of %d MB allowed, live"
                + " after a full GC %d MB", allocatedKb, allocatedKb / meanKb, result.peakHeapMb(), HeapProbe.maxMb(),
                HeapProbe.liveMb());
        System.out.println(result.summary());
        return result;
    }

    private ExtractedPage extract(final int i) {
        return extractor.extract(distinct[i % distinct.length], "text/html; charset=utf-8",
                "https://news.example.org/page-" + i);
    }
}
