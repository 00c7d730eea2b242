package io.newsflow.tagger.eval;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.lang.LanguagePolicy;
import io.newsflow.tagger.limits.TaggingBudgetExceededException;
import io.newsflow.tagger.limits.TaggingLimits;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code enrich.jar worst-case [--size BYTES] [--budget 10s]}: tags every body of
 * {@link WorstCaseBodies} at the size limit with the production enricher and its budget, one at a time
 * on one thread, and prints the time each took, in CPU and wall-clock milliseconds and per MiB. The last
 * line, {@code worst-case maxMsPerMiB=… maxCpuMs=… worst=… budgetMs=… overBudget=…}, is the figure to
 * watch: every body must be tagged within the budget, or be stopped by it.
 */
public final class WorstCaseCommand {

    static final String USAGE = "usage: java -jar enrich.jar worst-case [--size BYTES] [--budget DURATION]";
    private static final double MIB = 1024.0 * 1024.0;

    private WorstCaseCommand() {
    }

    /** @return 0 when every body was tagged or stopped by the budget, 2 for a usage error */
    public static int run(final List<String> args, final PrintStream out, final PrintStream err) {
        int size = ArticleValidator.DEFAULT_MAX_BODY_BYTES;
        Duration budget = TaggingLimits.DEFAULT_BUDGET;
        try {
            for (int i = 0; i < args.size(); i++) {
                final String arg = args.get(i);
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(USAGE);
                    return 0;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                final String value = args.get(++i);
                switch (arg) {
                    case "--size" -> size = Integer.parseInt(value);
                    case "--budget" -> budget = Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            if (size < 1 || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("--size and --budget must be positive");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("worst-case: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        // Every body is tagged as English, whatever it reads as: its cost is what is measured.
        final Enricher enricher = Enrichers.standard().withLanguages(LanguagePolicy.taggingEverything())
                .withBudget(budget);
        warmUp(enricher);
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double maxMsPerMiB = 0;
        double maxCpuMs = 0;
        String worst = "";
        int overBudget = 0;
        for (WorstCaseBodies kind : WorstCaseBodies.values()) {
            final String body = kind.body(size, 1);
            final long cpuStart = threads.getCurrentThreadCpuTime();
            final long wallStart = System.nanoTime();
            String result;
            try {
                final EnrichedArticle tagged = enricher.enrich("worst-case", article(body), 0L);
                result = "tagged entities=" + (tagged.people().size() + tagged.organizations().size()
                        + tagged.locations().size()) + " limits=" + String.join(",", tagged.enrichment().limits());
            } catch (TaggingBudgetExceededException e) {
                result = "stopped-by-budget";
                overBudget++;
            }
            final double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            final double wallMs = (System.nanoTime() - wallStart) / 1e6;
            final double msPerMiB = cpuMs / (body.length() == 0 ? 1 : utf8Bytes(body) / MIB);
            out.printf(Locale.ROOT, "body=%s bytes=%d cpuMs=%.0f wallMs=%.0f msPerMiB=%.0f %s%n", kind.name(),
                    utf8Bytes(body), cpuMs, wallMs, msPerMiB, result);
            if (msPerMiB > maxMsPerMiB) {
                maxMsPerMiB = msPerMiB;
                worst = kind.name();
            }
            maxCpuMs = Math.max(maxCpuMs, cpuMs);
        }
        out.printf(Locale.ROOT, "worst-case maxMsPerMiB=%.0f maxCpuMs=%.0f worst=%s budgetMs=%d overBudget=%d%n",
                maxMsPerMiB, maxCpuMs, worst, budget.toMillis(), overBudget);
        return 0;
    }

    /** Every body at a sixteenth of the size, so that the JIT has compiled the paths they take. */
    private static void warmUp(final Enricher enricher) {
        for (int round = 0; round < 2; round++) {
            for (WorstCaseBodies kind : WorstCaseBodies.values()) {
                try {
                    enricher.enrich("warm-up", article(kind.body(64 * 1024, round)), 0L);
                } catch (TaggingBudgetExceededException e) {
                    // measured below
                }
            }
        }
    }

    private static RawArticle article(final String body) {
        return new RawArticle(null, null, "Worst case", body, null, null, null, null, null);
    }

    private static int utf8Bytes(final String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
