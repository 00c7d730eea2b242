package io.newsflow.tagger.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's CRF tagger ({@code english.all.3class}) on its own: each maximal run of tokens
 * with the same label is one mention, and mentions with the same text are one entity.
 */
public final class CrfEntityTagger implements EntityTagger {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final Logger LOG = LoggerFactory.getLogger(CrfEntityTagger.class);
    private static final String TOKENIZER_OPTIONS = "invertible=true,untokenizable=noneKeep";

    private final CRFClassifier<CoreLabel> classifier;

    CrfEntityTagger(final CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** The tagger over the process-wide model, loaded on first use. */
    public static CrfEntityTagger load() {
        return new CrfEntityTagger(ModelHolder.CLASSIFIER);
    }

    /**
     * Whether this JVM compiles CoreNLP's feature extractor: {@code NERFeatureFactory.featuresC} is over
     * HotSpot's 8,000-bytecode limit for compiled methods, so by default it stays interpreted and tagging
     * runs about a third slower; {@code -XX:-DontCompileHugeMethods} lifts the limit. Empty when the JVM
     * does not say.
     */
    public static Optional<Boolean> compilesHugeMethods() {
        try {
            final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Optional.of(!Boolean.parseBoolean(hotspot.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The loaded classifier, for taggers that build on the CRF's token labels. */
    public CRFClassifier<CoreLabel> classifier() {
        return classifier;
    }

    @Override
    public EntityTags tag(final String title, final String body) {
        final Map<String, List<Mention>> people = new LinkedHashMap<>();
        final Map<String, List<Mention>> orgs = new LinkedHashMap<>();
        final Map<String, List<Mention>> places = new LinkedHashMap<>();
        for (String field : List.of(Mention.TITLE, Mention.BODY)) {
            final String text = Mention.TITLE.equals(field) ? title : body;
            for (List<CoreLabel> sentence : sentences(text)) {
                collect(field, text, label(sentence), people, orgs, places);
            }
        }
        return new EntityTags(toEntities(people), toEntities(orgs), toEntities(places));
    }

    /**
     * Labels one sentence in place ({@link CoreAnnotations.AnswerAnnotation}): {@code classifySentence}
     * computes the word shapes and other features the model was trained with, on copies of the tokens.
     */
    public List<CoreLabel> label(final List<CoreLabel> sentence) {
        final List<CoreLabel> labelled = classifier.classifySentence(sentence);
        for (int i = 0; i < sentence.size(); i++) {
            sentence.get(i).set(CoreAnnotations.AnswerAnnotation.class,
                    labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class));
        }
        return sentence;
    }

    /** Labels one sentence in place, as {@link #label} does, and returns the CRF's reading of it. */
    CrfReading read(final List<CoreLabel> sentence) {
        final CrfReading reading = CrfReading.of(classifier, sentence);
        for (int i = 0; i < sentence.size(); i++) {
            sentence.get(i).set(CoreAnnotations.AnswerAnnotation.class, reading.label(i));
        }
        return reading;
    }

    /** Tokenizes and splits text into sentences; token offsets are String indices into {@code text}. */
    public static List<List<CoreLabel>> sentences(final String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        final PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text),
                new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
        final List<CoreLabel> tokens = tokenizer.tokenize();
        return new WordToSentenceProcessor<CoreLabel>().process(tokens);
    }

    private static void collect(final String field, final String text, final List<CoreLabel> sentence,
            final Map<String, List<Mention>> people, final Map<String, List<Mention>> orgs,
            final Map<String, List<Mention>> places) {
        int i = 0;
        while (i < sentence.size()) {
            final String label = sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            final Map<String, List<Mention>> target = targetFor(label, people, orgs, places);
            if (target == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && label.equals(sentence.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            final int start = sentence.get(i).beginPosition();
            final int end = sentence.get(j - 1).endPosition();
            final String surface = text.substring(start, end);
            target.computeIfAbsent(surface.replaceAll("\\s+", " "), k -> new ArrayList<>())
                    .add(new Mention(field, start, end, surface));
            i = j;
        }
    }

    private static Map<String, List<Mention>> targetFor(final String label, final Map<String, List<Mention>> people,
            final Map<String, List<Mention>> orgs, final Map<String, List<Mention>> places) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> people;
            case "ORGANIZATION" -> orgs;
            case "LOCATION" -> places;
            default -> null;
        };
    }

    private static List<Entity> toEntities(final Map<String, List<Mention>> byName) {
        final List<Entity> out = new ArrayList<>(byName.size());
        byName.forEach((name, mentions) -> out.add(new Entity(name, mentions)));
        return out;
    }

    /** Loads the 30 MB model once per process, on first use. */
    private static final class ModelHolder {
        static final CRFClassifier<CoreLabel> CLASSIFIER = loadModel();

        private static CRFClassifier<CoreLabel> loadModel() {
            final CRFClassifier<CoreLabel> crf = FastCrfClassifier.loadLogged(MODEL);
            if (compilesHugeMethods().orElse(true).equals(Boolean.FALSE)) {
                LOG.info("event=ner_interpreted hint=\"start the JVM with -XX:-DontCompileHugeMethods:"
                        + " tagging is about 1.5x faster when CoreNLP's feature extractor is compiled\"");
            }
            return crf;
        }
    }
}
