package io.newsflow.tagger.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code enrich.jar evaluate ner|geo|tracks|stories FILE.jsonl [options]}: measures one part of the enricher
 * against a gold-standard file. Each evaluation runs the production {@code Enricher}, so what is
 * measured is what the stream runs.
 */
public final class Evaluate {

    static final String USAGE = "usage: java -jar enrich.jar evaluate ner|geo|tracks|stories FILE.jsonl [options]";

    private Evaluate() {
    }

    /**
     * Runs the evaluation named by the first argument with the remaining arguments.
     *
     * @return the process exit code: 0 when it ran, 2 for a usage error
     */
    public static int run(final List<String> args, final PrintStream out) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        final String kind = args.get(0).toLowerCase(Locale.ROOT);
        final List<String> rest = List.copyOf(args.subList(1, args.size()));
        switch (kind) {
            case "ner":
                return NerEvaluation.run(rest, out);
            case "geo":
                return GeoEvaluation.run(rest, out);
            case "tracks":
                return TrackEvaluation.run(rest, out);
            case "stories":
                return StoryEvaluation.run(rest, out);
            default:
                System.err.println("evaluate: unknown evaluation '" + args.get(0) + "'");
                System.err.println(USAGE);
                return 2;
        }
    }

}
