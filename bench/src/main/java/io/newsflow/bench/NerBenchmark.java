package io.newsflow.bench;

import io.newsflow.tagger.ner.CrfEntityTagger;
import io.newsflow.tagger.ner.EntityTagger;
import io.newsflow.tagger.ner.NewsEntityTagger;
import io.newsflow.tagger.ner.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Tagging speed, in tokens per second on one thread, of the CRF alone and of newsflow's full tagger on
 * the same articles, measured in CPU time of the thread: newsflow's own sample articles plus any text files given (first line the title,
 * the rest the body). Prints figures; it asserts nothing.
 *
 * <p>Usage: {@code NerBenchmark [--rounds N] [FILE.txt ...]}
 */
public final class NerBenchmark {

    private static final List<String> SAMPLES = List.of("summit.txt", "takeover.txt", "football.txt");

    private NerBenchmark() {
    }

    record Article(String title, String body) {
    }

    public static void main(final String[] args) throws IOException {
        System.exit(run(List.of(args), System.out));
    }

    public static int run(final List<String> args, final PrintStream out) throws IOException {
        int rounds = 30;
        final List<Article> articles = new ArrayList<>();
        for (String sample : SAMPLES) {
            articles.add(parse(resource(sample)));
        }
        for (int i = 0; i < args.size(); i++) {
            if ("--rounds".equals(args.get(i)) && i + 1 < args.size()) {
                rounds = Integer.parseInt(args.get(++i));
            } else {
                articles.add(parse(Files.readString(Path.of(args.get(i)), StandardCharsets.UTF_8)));
            }
        }
        long tokens = 0;
        for (Article a : articles) {
            tokens += CrfEntityTagger.sentences(a.title()).stream().mapToInt(List::size).sum()
                    + CrfEntityTagger.sentences(a.body()).stream().mapToInt(List::size).sum();
        }
        // The CRF alone as it stands, the CRF on newsflow's line-aware sentences with no correction, and
        // newsflow's full tagger: the last two differ by exactly the work newsflow adds to the CRF.
        final EntityTagger crf = CrfEntityTagger.load();
        final EntityTagger bare = NewsEntityTagger.withSteps(EnumSet.noneOf(Step.class));
        final EntityTagger full = NewsEntityTagger.load();
        final List<EntityTagger> taggers = List.of(crf, bare, full);
        for (EntityTagger tagger : taggers) {
            time(tagger, articles, rounds);
        }
        final long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        // Alternate and keep the best of five, so that other load on the machine weighs on all alike.
        for (int repeat = 0; repeat < 5; repeat++) {
            for (int t = 0; t < taggers.size(); t++) {
                best[t] = Math.min(best[t], time(taggers.get(t), articles, rounds));
            }
        }
        out.printf(Locale.ROOT, "ner benchmark: %d articles, %d tokens, %d rounds, one thread, CPU time%n",
                articles.size(), tokens, rounds);
        out.printf(Locale.ROOT, "huge methods compiled (-XX:-DontCompileHugeMethods): %s%n",
                CrfEntityTagger.compilesHugeMethods().map(on -> on ? "yes" : "no").orElse("unknown"));
        out.printf(Locale.ROOT, "crf alone                    %,10.0f tokens/s%n", rate(tokens, rounds, best[0]));
        out.printf(Locale.ROOT, "crf on newsflow's sentences  %,10.0f tokens/s%n", rate(tokens, rounds, best[1]));
        out.printf(Locale.ROOT, "newsflow full                %,10.0f tokens/s%n", rate(tokens, rounds, best[2]));
        out.printf(Locale.ROOT, "corrections on top of the crf: %+.1f%% of its time; full tagger vs crf alone: %+.1f%%%n",
                100.0 * (best[2] - best[1]) / best[1], 100.0 * (best[2] - best[0]) / best[0]);
        return 0;
    }

    private static double rate(final long tokens, final int rounds, final long nanos) {
        return tokens * (double) rounds / (nanos / 1e9);
    }

    /** CPU time of this thread, in nanoseconds: other work on the machine does not count against either. */
    private static long time(final EntityTagger tagger, final List<Article> articles, final int rounds) {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final long start = threads.getCurrentThreadCpuTime();
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                sink += tagger.tag(a.title(), a.body()).people().size();
            }
        }
        final long took = threads.getCurrentThreadCpuTime() - start;
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return took;
    }

    /** First line the title; a dateline right after it ("AP , Monday 19 Oct 2020") is dropped. */
    static Article parse(final String text) {
        final String[] lines = text.split("\n", -1);
        final String title = lines[0].strip();
        int from = 1;
        while (from < lines.length && lines[from].isBlank()) {
            from++;
        }
        if (from < lines.length && lines[from].matches(".*,\\s*\\w+day \\d{1,2} \\w+ \\d{4}\\s*")) {
            from++;
        }
        return new Article(title, String.join("\n", List.of(lines).subList(from, lines.length)).strip());
    }

    private static String resource(final String name) {
        try (InputStream in = NerBenchmark.class.getResourceAsStream("/io/newsflow/tagger/ner/articles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample article missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
