package io.newsflow.tagger.tracks;

import io.newsflow.common.article.TrackTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores an article on the talk-tracks with weighted cue lexicons, sentence by sentence.
 *
 * <p>Each sentence adds the weights of the cues of a track found in it, capped so that one dense
 * sentence cannot carry an article; a cue that usually means something else in the domain context
 * of the sentence or the whole article (sport, technology, the arts, ceremonies) counts only a
 * fraction, and so does a cue in quoted speech, in a name or a title before one, or a role word
 * ({@link CueWeigher}). The title and the first body sentence count more. The sum, normalised by the
 * length of the article, maps to a score in [0, 1]; a track is carried when its score reaches the
 * threshold and a sentence develops it (its cues other than role words reach a minimum), and a track
 * other than the strongest also needs a share of the strongest one's strength. The primary track is
 * the one the headline, the lede and most sentences are about ({@link PrimaryChooser}). Each carried track
 * names its developing sentences and the cues that fired in them ({@link EvidencePicker}). Every
 * number lives in {@code scoring.properties}, every cue in a {@code .lex} file, so a result can be
 * traced by hand.
 *
 * <p>Immutable once loaded, and thread-safe.
 */
public final class LexiconTrackClassifier implements TrackClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(LexiconTrackClassifier.class);

    static final List<String> TRACKS = TrackTag.ALL;
    private static final int TALKS = TRACKS.size();
    /** Offset, in a sentence's row of cue weights, of the weights without role cues. */
    private static final int CONTENT = TALKS + 1;
    private static final String TITLE = "title";
    private static final String BODY = "body";

    private final ScoringParameters params;
    private final SentenceSplitter splitter;
    /** The track lexicons in {@link #TRACKS} order, then the talk lexicon at {@link #TALKS}. */
    private final CueIndex trackIndex;
    private final CueIndex contextIndex;
    private final CueWeigher weigher;
    private final EvidencePicker evidencePicker;
    private final PrimaryChooser primaryChooser;

    private LexiconTrackClassifier(final ScoringParameters params, final SentenceSplitter splitter,
            final CueIndex trackIndex, final CueIndex contextIndex) {
        this.params = params;
        this.splitter = splitter;
        this.trackIndex = trackIndex;
        this.contextIndex = contextIndex;
        this.weigher = new CueWeigher(params);
        this.evidencePicker = new EvidencePicker(params, trackIndex, weigher);
        this.primaryChooser = new PrimaryChooser(params);
    }

    private static volatile LexiconTrackClassifier loaded;

    /**
     * The classifier with the bundled lexicons, read on first use and shared after. A broken lexicon
     * fails here with {@link IllegalStateException} (or {@link UncheckedIOException}), naming the file.
     */
    public static LexiconTrackClassifier load() {
        LexiconTrackClassifier classifier = loaded;
        if (classifier == null) {
            synchronized (LexiconTrackClassifier.class) {
                classifier = loaded;
                if (classifier == null) {
                    classifier = create();
                    loaded = classifier;
                }
            }
        }
        return classifier;
    }

    private static LexiconTrackClassifier create() {
        return create(ScoringParameters.load());
    }

    /** A classifier with the bundled lexicons and the given numbers (for measuring other settings). */
    static LexiconTrackClassifier create(final ScoringParameters params) {
        final List<String> contexts = params.contexts();
        final List<CueLexicon> tracks = new ArrayList<>();
        for (final String track : TRACKS) {
            tracks.add(CueLexicon.load(track, contexts));
        }
        tracks.add(CueLexicon.load("talks", contexts));
        final List<CueLexicon> contextLexicons = new ArrayList<>();
        for (final String context : contexts) {
            contextLexicons.add(CueLexicon.load("context-" + context, List.of()));
        }
        final SentenceSplitter splitter = new SentenceSplitter(readWords("abbreviations.txt"));
        LOG.info("Track lexicons loaded: {}; contexts {}", tracks, contextLexicons);
        return new LexiconTrackClassifier(params, splitter, new CueIndex(tracks), new CueIndex(contextLexicons));
    }

    private static Set<String> readWords(final String resource) {
        try (InputStream in = LexiconTrackClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            final Set<String> words = new HashSet<>();
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                final int hash = line.indexOf('#');
                final String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    ScoringParameters parameters() {
        return params;
    }

    @Override
    public TrackTags classify(final String title, final String body) {
        final List<Sentence> sentences = new ArrayList<>();
        addSentences(sentences, TITLE, title == null ? "" : title, params.titleWeight(), params.titleWeight());
        final int bodyFrom = sentences.size();
        addSentences(sentences, BODY, body == null ? "" : body, params.ledeWeight(), 1.0);
        final int bodySentences = sentences.size() - bodyFrom;
        if (sentences.isEmpty()) {
            return TrackTags.NONE;
        }
        final int articleContexts = contexts(sentences);
        // per sentence: the cue weight of each track, then of talks; then the same without role cues
        final double[][] raw = new double[sentences.size()][];
        double talkSum = 0;
        for (int s = 0; s < sentences.size(); s++) {
            final Sentence sentence = sentences.get(s);
            final int active = articleContexts | sentence.contexts;
            final double[] row = new double[2 * CONTENT];
            raw[s] = row;
            final boolean[][] named = trackNames(sentence, row);
            trackIndex.match(sentence.tokens, sentence.tokenFrom, sentence.tokenTo, named, (lexicon, cue, first, end) -> {
                final double weight = weigher.weight(cue, active, sentence, first, end);
                row[lexicon] += weigher.summed(cue, active, sentence, first, end, weight);
                if (!cue.role()) {
                    row[CONTENT + lexicon] += weight;
                }
            });
            talkSum += Math.min(params.sentenceCap(), row[TALKS]) * sentence.multiplier;
        }
        final double norm = Math.pow(bodySentences + params.lengthOffset(), params.lengthExponent());
        final List<Scored> carried = carried(sentences, raw, norm);
        primaryFirst(carried, sentences, raw, bodyFrom);
        final List<TrackTag> tags = new ArrayList<>(carried.size());
        for (final Scored scored : carried) {
            tags.add(new TrackTag(TRACKS.get(scored.track()), round(scored.score()),
                    evidencePicker.evidence(sentences, raw, scored.track(), CONTENT, articleContexts)));
        }
        final String primary = tags.isEmpty() ? null : tags.get(0).track();
        final boolean talks = talkSum >= params.talksThreshold();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Tracks {} primary={} talks={} ({} sentences, contexts {})", tags.stream()
                    .map(tag -> tag.track() + "=" + tag.score()).toList(), primary, talks, sentences.size(),
                    Integer.toBinaryString(articleContexts));
        }
        return new TrackTags(tags, primary, talks);
    }

    private record Scored(int track, double strength, double score) {
    }

    /**
     * The tracks the evidence carries, strongest first. A track needs a score at the threshold and
     * {@code track.minSentences} sentences that develop it (cues other than roles weighing at least
     * {@code sentence.min}); each track other than the strongest also needs
     * {@code secondary.minShare} of its strength or one sentence that develops it strongly
     * ({@code secondary.strongSentence}), so that side remarks in an article about something else do
     * not carry a second track while a paragraph of its own does.
     */
    private List<Scored> carried(final List<Sentence> sentences, final double[][] raw, final double norm) {
        final int trackCount = TRACKS.size();
        final List<Scored> eligible = new ArrayList<>(trackCount);
        final int[] developing = new int[trackCount];
        final double[] strongest = new double[trackCount];
        for (int t = 0; t < trackCount; t++) {
            double sum = 0;
            for (int s = 0; s < sentences.size(); s++) {
                sum += Math.min(params.sentenceCap(), raw[s][t]) * sentences.get(s).multiplier;
                if (raw[s][CONTENT + t] >= params.sentenceMin()) {
                    developing[t]++;
                }
                strongest[t] = Math.max(strongest[t], raw[s][CONTENT + t]);
            }
            final double strength = sum / norm;
            final double score = strength / (strength + params.scale());
            if (score >= params.threshold() && developing[t] >= params.minSentences()) {
                eligible.add(new Scored(t, strength, score));
            }
        }
        // by strength, not by the rounded score, so that near ties still order the way the evidence does
        eligible.sort(Comparator.comparingDouble(Scored::strength).reversed().thenComparingInt(Scored::track));
        final List<Scored> carried = new ArrayList<>(eligible.size());
        for (final Scored scored : eligible) {
            if (carried.isEmpty() || scored.strength() >= params.secondaryMinShare() * carried.get(0).strength()
                    || strongest[scored.track()] >= params.secondaryStrongSentence()) {
                carried.add(scored);
            }
        }
        return carried;
    }

    /** Moves the primary track ({@link PrimaryChooser}) to the front; the others stay by strength. */
    private void primaryFirst(final List<Scored> carried, final List<Sentence> sentences, final double[][] raw,
            final int bodyFrom) {
        final int[] candidates = new int[carried.size()];
        for (int c = 0; c < candidates.length; c++) {
            candidates[c] = carried.get(c).track();
        }
        final int chosen = primaryChooser.choose(sentences, raw, CONTENT, bodyFrom, candidates, TRACKS.size());
        if (chosen > 0) {
            carried.add(0, carried.remove(chosen));
        }
    }

    private void addSentences(final List<Sentence> out, final String field, final String text,
            final double firstMultiplier, final double multiplier) {
        if (text.isBlank()) {
            return;
        }
        final Tokens tokens = Tokens.of(text);
        final CueSetting setting = CueSetting.of(text, tokens, (int) params.quoteMinTokens());
        final int[] spans = splitter.split(text);
        for (int k = 0; k < spans.length; k += 2) {
            final int from = tokens.firstAtOrAfter(spans[k]);
            final int to = tokens.firstAtOrAfter(spans[k + 1]);
            out.add(new Sentence(field, TITLE.equals(field), text, spans[k], spans[k + 1], tokens, from, to,
                    k == 0 ? firstMultiplier : multiplier, setting));
        }
    }

    /**
     * Marks each sentence with the contexts it has cues of, and returns the contexts the whole article
     * is in: those whose weighted cue hits reach their article minimum.
     */
    private int contexts(final List<Sentence> sentences) {
        final int count = contextIndex.lexiconCount();
        final double[] article = new double[count];
        final double[] hits = new double[count];
        for (final Sentence sentence : sentences) {
            Arrays.fill(hits, 0);
            contextIndex.match(sentence.tokens, sentence.tokenFrom, sentence.tokenTo, null,
                    (context, cue, first, end) -> hits[context] += cue.weight());
            for (int c = 0; c < count; c++) {
                if (hits[c] >= 1.0) {
                    sentence.contexts |= 1 << c;
                }
                article[c] += hits[c] * sentence.multiplier;
            }
        }
        int mask = 0;
        for (int c = 0; c < article.length; c++) {
            if (article[c] >= params.contextArticleMin()[c]) {
                mask |= 1 << c;
            }
        }
        return mask;
    }

    /**
     * Adds the track-name phrases of the sentence to {@code row} (the track, and talks: a named track is
     * a track of talks); returns per lexicon the adjectives they used, which are then no generic cue.
     */
    private boolean[][] trackNames(final Sentence sentence, final double[] row) {
        final boolean[][][] named = {null};
        TrackNames.find(sentence.tokens, sentence.tokenFrom, sentence.tokenTo, (track, first, trackToken) -> {
            if (named[0] == null) {
                named[0] = new boolean[TALKS + 1][];
            }
            if (named[0][track] == null) {
                named[0][track] = new boolean[sentence.tokenTo - sentence.tokenFrom];
            }
            named[0][track][first - sentence.tokenFrom] = true;
            row[track] += params.trackNameWeight();
            row[CONTENT + track] += params.trackNameWeight();
            row[TALKS] += 1.0;
        });
        return named[0];
    }

    private static double round(final double score) {
        return Math.round(score * 1000.0) / 1000.0;
    }
}
