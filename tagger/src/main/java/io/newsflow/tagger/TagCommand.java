package io.newsflow.tagger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.geo.GeoOptions;
import io.newsflow.tagger.stories.StoryIndex;
import io.newsflow.tagger.stories.StoryOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code enrich.jar tag --input IN.jsonl --output OUT.jsonl}: enriches articles from a file without
 * Kafka, through the same {@link Enricher} the stream runs.
 *
 * <p>Each input line is a RawArticle JSON object or {@code {"id", "text"}}, where {@code text} is the
 * body. Each output line is the EnrichedArticle of one input line, in order, with the same id; a line
 * without an id gets the id the stream would derive. Each carries its {@code story}, assigned in input order
 * by one {@link StoryIndex} over the whole file, the code the story stage runs. {@code -} is standard input or output. Blank lines
 * are skipped. A line that cannot be read or tagged is reported on standard error with its line number
 * and the run goes on; the exit code is then 1.
 *
 * <p>Unlike the stream it does not apply the intake rules of {@code ArticleValidator}: gold-standard
 * files have ids and texts that no producer would send, and each of their lines must still be tagged.
 */
public final class TagCommand {

    static final String USAGE = "usage: java -jar enrich.jar tag --input IN.jsonl|- --output OUT.jsonl|-"
            + " [--demonyms] [--no-names-in-organizations] [--no-focus]";
    static final String STDIO = "-";

    private static final Logger LOG = LoggerFactory.getLogger(TagCommand.class);

    private TagCommand() {
    }

    /** Runs the command with the production enricher. */
    public static int run(final List<String> args, final InputStream stdin, final PrintStream stdout,
            final PrintStream stderr) {
        // The place options are read here, the rest of the arguments below.
        GeoOptions places = GeoOptions.DEFAULT;
        final List<String> rest = new java.util.ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--demonyms" -> places = places.withDemonyms(true);
                case "--no-names-in-organizations" -> places = places.withNamesInOrganizations(false);
                case "--no-focus" -> places = places.withPlaceAtFocus(false);
                default -> rest.add(arg);
            }
        }
        final GeoOptions chosen = places;
        return run(rest, () -> Enrichers.standard(chosen), stdin, stdout, stderr);
    }

    /**
     * Runs the command with the given enricher.
     *
     * @return 0 when every line was tagged, 1 when some failed, 2 for a usage or I/O error
     */
    static int run(final List<String> args, final Supplier<Enricher> enricher, final InputStream stdin,
            final PrintStream stdout, final PrintStream stderr) {
        String input = STDIO;
        String output = STDIO;
        for (int i = 0; i < args.size(); i++) {
            final String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                stdout.println(USAGE);
                return 0;
            }
            final int eq = arg.indexOf('=');
            final String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!name.equals("--input") && !name.equals("--output")) {
                stderr.println("tag: unknown argument '" + arg + "'");
                stderr.println(USAGE);
                return 2;
            }
            final String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                stderr.println("tag: " + name + " needs a value");
                stderr.println(USAGE);
                return 2;
            }
            if (name.equals("--input")) {
                input = value;
            } else {
                output = value;
            }
        }

        int tagged = 0;
        int failed = 0;
        int skipped = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(input, stdin), StandardCharsets.UTF_8));
                Writer writer = new BufferedWriter(new OutputStreamWriter(create(output, stdout), StandardCharsets.UTF_8))) {
            final Enricher tagger = enricher.get();
            final StoryIndex stories = StoryIndex.inMemory(StoryOptions.DEFAULT);
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                final EnrichedArticle enriched;
                try {
                    final EnrichedArticle article = tagLine(tagger, line);
                    enriched = article.withStory(stories.assign(article));
                } catch (BadLineException e) {
                    failed++;
                    stderr.println("tag: line " + lineNumber + ": " + e.getMessage());
                    continue;
                } catch (RuntimeException e) {
                    failed++;
                    stderr.println("tag: line " + lineNumber + ": tagging failed: " + e);
                    LOG.debug("event=tag_failed line={}", lineNumber, e);
                    continue;
                }
                writer.write(Json.write(enriched));
                writer.write('\n');
                tagged++;
                skipped += enriched.enrichment() != null && enriched.enrichment().skipped() != null ? 1 : 0;
            }
        } catch (IOException e) {
            stderr.println("tag: cannot read or write: " + e);
            return 2;
        }
        stderr.println("tag: " + tagged + (tagged == 1 ? " article" : " articles") + " tagged, " + failed
                + (failed == 1 ? " line" : " lines") + " failed"
                + (skipped == 0 ? "" : "; " + skipped + " written without tags (enrichment.skipped: not English)"));
        return failed == 0 ? 0 : 1;
    }

    /** One input line to its enriched article. */
    static EnrichedArticle tagLine(final Enricher enricher, final String line) {
        final JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLineException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadLineException("not a JSON object");
        }
        if (!object.hasNonNull("body") && object.hasNonNull("text")) {
            object.set("body", object.get("text"));
        }
        final RawArticle raw;
        try {
            raw = Json.mapper().treeToValue(object, RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new BadLineException("not an article: " + e.getOriginalMessage());
        }
        final String id = raw.id() != null && !raw.id().isEmpty() ? raw.id() : ArticleIds.idOf(raw);
        return enricher.enrich(id, raw, raw.revision() == null ? 0L : raw.revision());
    }

    private static InputStream open(final String input, final InputStream stdin) throws IOException {
        return STDIO.equals(input) ? stdin : Files.newInputStream(Path.of(input));
    }

    /** Standard output is left open for the caller; a file is created or replaced. */
    private static OutputStream create(final String output, final PrintStream stdout) throws IOException {
        if (!STDIO.equals(output)) {
            return Files.newOutputStream(Path.of(output));
        }
        return new java.io.FilterOutputStream(stdout) {
            @Override
            public void write(final byte[] b, final int off, final int len) {
                stdout.write(b, off, len);
            }

            @Override
            public void close() {
                stdout.flush();
            }
        };
    }

    /** An input line that is not an article. */
    static final class BadLineException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadLineException(final String message) {
            super(message);
        }
    }
}
