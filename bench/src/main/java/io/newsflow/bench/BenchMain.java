package io.newsflow.bench;

import io.newsflow.common.config.ConfigException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.FullSpeedJvm;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceRunner;

/**
 * {@code java -jar bench.jar [--articles 2000] [--rate R]}: runs {@link Bench} and exits;
 * {@code java -jar bench.jar extract [--pages N]} measures the extraction of web pages alone
 * ({@link ExtractionPhase}). It lives in a jar of its own so that the production jars carry no benchmark; it
 * reaches newsflow through public APIs only.
 */
public final class BenchMain {

    static final String USAGE = """
            Usage: java -jar bench.jar [--articles 2000] [--rate R] [options]
                   java -jar bench.jar languages [--input FILE.jsonl] [--expect CODE] [--rounds 50]
            Measures the tagger alone, a pass-through topology and the whole pipeline on embedded brokers, then
            latency at a fixed rate (half the measured maximum unless --rate), and prints them; the last line is
            bench pipeline=... tagger=... passthrough=... ratio=... p50Ms=... p99Ms=... heapMb=...
                   java -jar bench.jar extract [--pages 5000] [--page-bytes 102400]
            Measures the extraction of web pages to text alone (see extract --help).
                   java -jar bench.jar api [--articles 100000] [--queries 2000]
            Measures the api over generated articles (see api --help).""";

    /** The benchmark, to its end; the broker and every service run in this JVM, as in the all-in-one launcher. */
    static final Program<Settings> BENCH = new Program<>("newsflow", USAGE, BenchConfig.OPTIONS, null,
            Program::optionsOnly, (settings, context, out) -> {
                try {
                    Bench.run(settings);
                } catch (ConfigException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("the benchmark failed: " + e, e);
                }
                return Program.Outcome.done(ServiceRunner.OK);
            });

    static final String EXTRACT = "extract";

    static final String EXTRACT_USAGE = """
            Usage: java -jar bench.jar extract [--pages 5000] [--page-bytes 102400] [options]
            Measures how fast web pages are turned into text on one thread, and the memory it takes; the last line
            is extract pagesPerSecond=... pagesPerCpuSecond=... meanKb=... p50Ms=... p99Ms=... allocKbPerPage=...
            peakHeapMb=...""";

    /** The extraction benchmark alone: no broker, no tagger. */
    static final Program<Settings> EXTRACTION = new Program<>("newsflow", EXTRACT_USAGE, ExtractionPhase.OPTIONS,
            null, Program::optionsOnly, (settings, context, out) -> {
                try {
                    ExtractionPhase.run(settings);
                } catch (ConfigException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("the extraction benchmark failed: " + e, e);
                }
                return Program.Outcome.done(ServiceRunner.OK);
            });

    static final String API = "api";

    static final String API_USAGE = """
            Usage: java -jar bench.jar api [--articles 100000] [--queries 2000] [--events 300] [options]
            Loads generated enriched articles into the api's stores on an embedded broker, then measures
            GET /api/articles?country=LY&track=military&limit=50 and GET /api/articles/{id}, the live stream's delay,
            the stores' size on disk and their restore time from the changelogs; the last line is
            api articles=... loadS=... listP50Ms=... listP99Ms=... getP50Ms=... getP99Ms=... sseP50Ms=... sseP99Ms=...
            storeMb=... restoreS=...""";

    /** The api benchmark alone: no tagger, no ingest. */
    static final Program<Settings> API_BENCH = new Program<>("newsflow", API_USAGE, ApiPhase.OPTIONS, null,
            Program::optionsOnly, (settings, context, out) -> {
                try {
                    ApiPhase.run(settings);
                } catch (Exception e) {
                    throw new IllegalStateException("the api benchmark failed: " + e, e);
                }
                return Program.Outcome.done(ServiceRunner.OK);
            });

    private BenchMain() {
    }

    /** {@code languages}: the accuracy and cost of language detection alone ({@link LanguageBench}). */
    private static int languages(final List<String> args) {
        try {
            return LanguageBench.run(args);
        } catch (IOException | RuntimeException e) {
            System.err.println("languages: " + e.getMessage());
            return 1;
        }
    }

    public static void main(final String[] args) {
        if (args.length > 0 && API.equals(args[0])) {
            ServiceRunner.main(API_BENCH, java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && EXTRACT.equals(args[0])) {
            ServiceRunner.main(EXTRACTION, java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        FullSpeedJvm.relaunchOrContinue(BenchMain.class, args);
        if (args.length > 0 && "languages".equals(args[0])) {
            System.exit(languages(Arrays.asList(args).subList(1, args.length)));
        }
        // Exits even with code 0: Kafka and HTTP client threads would otherwise keep the JVM up.
        ServiceRunner.main(BENCH, args);
    }

}
