package io.newsflow.enrich.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast CRF classifier labels exactly as CoreNLP's own: same labels, same probabilities to the last bit. */
class FastCrfClassifierTest {

    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");
    private static final List<String> SAMPLES = List.of("summit.txt", "takeover.txt", "football.txt");

    @Test
    void labelsNewsflowsArticlesExactlyAsTheStockClassifier() throws Exception {
        final List<String> texts = new ArrayList<>();
        for (String sample : SAMPLES) {
            texts.add(resource("/io/newsflow/enrich/ner/articles/" + sample));
        }
        texts.add(Files.readString(SEED, StandardCharsets.UTF_8));
        // Written for this test: British spellings, hyphens, digits, non-Latin-1 names, shouting headlines.
        texts.add("The Organisation for Security and Co-operation in Europe criticised Łukasz Żurek's programme "
                + "on 12.5 per cent of the harbour's labour, said Zoë Ørsted of São Paulo.");
        texts.add("PRESIDENT MEETS ENVOYS IN NEW YORK AS UN-BACKED TALKS RESUME\nGeneva , Tuesday 3 Nov 2020");

        final CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(CrfEntityTagger.MODEL);
        final CRFClassifier<CoreLabel> faster = CrfEntityTagger.load().classifier();
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

    private static String resource(final String name) throws IOException {
        try (InputStream in = FastCrfClassifierTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
