package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fast CRF classifier labels exactly as CoreNLP's own: same labels, same probabilities to the last bit. */
class FastCrfClassifierTest {

    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");
    private static final List<String> SAMPLES = List.of("summit.txt", "takeover.txt", "football.txt");

    @Test
    void labelsNewsflowsArticlesExactlyAsTheStockClassifier() throws Exception {
        assertLabelsExactlyAsStock(CrfEntityTagger.MODEL, CrfEntityTagger.load().classifier());
    }

    @Test
    void bothModelsArePreparedByNewsflowsOwnCodeSoThatTheComparisonsCoverIt() throws Exception {
        assertTrue(((FastCrfClassifier) CrfEntityTagger.load().classifier()).preparesOwnTokens());
        assertTrue(FastCrfClassifier.load(SecondOpinion.MODEL).preparesOwnTokens());
    }

    @Test
    void labelsWithTheSecondOpinionsModelExactlyAsTheStockClassifier() throws Exception {
        assertLabelsExactlyAsStock(SecondOpinion.MODEL, FastCrfClassifier.load(SecondOpinion.MODEL));
    }

    private static void assertLabelsExactlyAsStock(final String model, final CRFClassifier<CoreLabel> faster)
            throws Exception {
        final List<String> texts = texts();
        final CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(model);
        int tokens = 0;
        int entities = 0;
        for (String text : texts) {
            for (List<CoreLabel> sentence : CrfEntityTagger.sentences(text)) {
                final List<CoreLabel> expected = stock.classifySentence(sentence);
                final List<CoreLabel> actual = faster.classifySentence(sentence);
                assertEquals(expected.size(), actual.size());
                for (int i = 0; i < expected.size(); i++) {
                    final String label = expected.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                    assertEquals(label, actual.get(i).get(CoreAnnotations.AnswerAnnotation.class),
                            () -> "label of " + sentence);
                    assertEquals(Double.doubleToRawLongBits(expected.get(i).get(CoreAnnotations.AnswerProbAnnotation.class)),
                            Double.doubleToRawLongBits(actual.get(i).get(CoreAnnotations.AnswerProbAnnotation.class)),
                            () -> "probability of a label in " + sentence);
                    tokens++;
                    entities += "O".equals(label) ? 0 : 1;
                }
            }
        }
        assertTrue(tokens > 1000, "tokens compared: " + tokens);
        assertTrue(entities > 50, "entity tokens compared: " + entities);
    }

    @Test
    void readingKeepsTheProbabilitiesTheStockClassifierComputes() throws Exception {
        final CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(CrfEntityTagger.MODEL);
        final CRFClassifier<CoreLabel> faster = CrfEntityTagger.load().classifier();
        int compared = 0;
        for (String text : texts()) {
            for (List<CoreLabel> sentence : CrfEntityTagger.sentences(text)) {
                final List<CoreLabel> labelled = stock.classifySentence(sentence);
                final CRFCliqueTree<String> tree = stock.getCliqueTree(labelled);
                final CrfReading reading = CrfReading.of(faster, sentence);
                for (int i = 0; i < sentence.size(); i++) {
                    assertEquals(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class), reading.label(i));
                    for (String label : stock.classIndex) {
                        assertEquals(Double.doubleToRawLongBits(tree.prob(i, stock.classIndex.indexOf(label))),
                                Double.doubleToRawLongBits(reading.prob(i, label)), () -> label + " in " + sentence);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 4000, "probabilities compared: " + compared);
    }

    /** newsflow's sample articles, the seed, and sentences written for this test. */
    private static List<String> texts() throws IOException {
        final List<String> texts = new ArrayList<>();
        for (String sample : SAMPLES) {
            texts.add(resource("/io/newsflow/tagger/ner/articles/" + sample));
        }
        texts.add(Files.readString(SEED, StandardCharsets.UTF_8));
        // Written for this test: British spellings, hyphens, digits, non-Latin-1 names, shouting headlines.
        texts.add("The Organisation for Security and Co-operation in Europe criticised Łukasz Żurek's programme "
                + "on 12.5 per cent of the harbour's labour, said Zoë Ørsted of São Paulo.");
        texts.add("PRESIDENT MEETS ENVOYS IN NEW YORK AS UN-BACKED TALKS RESUME\nGeneva , Tuesday 3 Nov 2020");
        return texts;
    }

    @Test
    void threadsSharingTheClassifierGetTheLabelsOneThreadGets() throws Exception {
        final List<List<CoreLabel>> sentences = new ArrayList<>();
        for (String sample : SAMPLES) {
            sentences.addAll(CrfEntityTagger.sentences(resource("/io/newsflow/tagger/ner/articles/" + sample)));
        }
        sentences.addAll(CrfEntityTagger.sentences(Files.readString(SEED, StandardCharsets.UTF_8)));
        final CRFClassifier<CoreLabel> faster = CrfEntityTagger.load().classifier();
        // CoreNLP learns lower-case words as it goes; once all are known, labels no longer depend on order.
        sentences.forEach(faster::classifySentence);
        final List<List<String>> expected = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            expected.add(answers(faster.classifySentence(sentence)));
        }

        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            final List<Future<List<List<String>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final int shift = t * 7;
                results.add(pool.submit(() -> {
                    final List<List<String>> labels = new ArrayList<>(Collections.nCopies(sentences.size(), null));
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < sentences.size(); i++) {
                            final int at = (i + shift) % sentences.size();
                            labels.set(at, answers(faster.classifySentence(sentences.get(at))));
                        }
                    }
                    return labels;
                }));
            }
            for (Future<List<List<String>>> result : results) {
                assertEquals(expected, result.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> answers(final List<CoreLabel> labelled) {
        return labelled.stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = FastCrfClassifierTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
