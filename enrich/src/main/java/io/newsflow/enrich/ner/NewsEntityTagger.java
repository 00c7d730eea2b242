package io.newsflow.enrich.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.common.article.Mention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * newsflow's production entity tagger: Stanford's CRF reads each sentence (ALL-CAPS ones in restored
 * case), a second CRF reads again the words it is unsure of ({@link SecondOpinion}), then article-level
 * corrections ({@link Step}) fix types, join name variants into one entity and find the mentions the CRF
 * missed. Thread-safe: it holds the shared CRF, which labels copies of the
 * tokens, and immutable lexicons; every call works on its own tokens.
 */
public final class NewsEntityTagger implements EntityTagger {

    private final CrfEntityTagger crf;
    private final Truecaser truecaser;
    private final Set<Step> steps;
    private final Refiner refiner;
    /** Null when the second opinion is not asked. */
    private final SecondOpinion secondOpinion;

    NewsEntityTagger(final CrfEntityTagger crf, final Lexicon lexicon, final Set<Step> steps) {
        this.crf = crf;
        this.truecaser = new Truecaser(lexicon);
        this.steps = Set.copyOf(steps);
        this.refiner = new Refiner(lexicon, this.steps);
        this.secondOpinion = steps.contains(Step.SECOND_OPINION) ? SecondOpinion.load() : null;
    }

    /** The production tagger over the process-wide CRF model and the shipped lexicons. */
    public static NewsEntityTagger load() {
        return withSteps(EnumSet.allOf(Step.class));
    }

    /** A tagger with only the given corrections, to measure what each one brings. */
    public static NewsEntityTagger withSteps(final Set<Step> steps) {
        return new NewsEntityTagger(CrfEntityTagger.load(), LexiconHolder.LEXICON, steps.isEmpty()
                ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps));
    }

    @Override
    public EntityTags tag(final String title, final String body) {
        final List<Sentence> sentences = new ArrayList<>();
        sentences.addAll(Sentence.split(Mention.TITLE, title));
        sentences.addAll(Sentence.split(Mention.BODY, body));
        final Map<String, String> casing = steps.contains(Step.TRUECASE) && Truecaser.hasMixedCase(sentences)
                && sentences.stream().anyMatch(Sentence::allCaps) ? Truecaser.documentCasing(sentences) : null;
        final List<Span> spans = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (casing != null && Truecaser.isAllCaps(sentence)) {
                labelTruecased(sentence, truecaser.truecase(sentence, casing));
            } else {
                label(sentence.tokens());
            }
            spans.addAll(Span.chunks(sentence));
        }
        final ArticleSpans article = new ArticleSpans(sentences, spans);
        refiner.refine(article);
        return EntityGrouper.group(article.spans());
    }

    /** Labels copies of the tokens that carry the restored words, and copies the labels back. */
    private void labelTruecased(final Sentence sentence, final String[] words) {
        final List<CoreLabel> copies = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            final CoreLabel copy = new CoreLabel(sentence.tokens().get(i));
            copy.setWord(words[i]);
            copy.setValue(words[i]);
            copies.add(copy);
        }
        label(copies);
        for (int i = 0; i < sentence.size(); i++) {
            sentence.tokens().get(i).set(CoreAnnotations.AnswerAnnotation.class, label(copies.get(i)));
        }
    }

    /** The CRF's labels, and where it is unsure and the step is on, the second opinion's. */
    private void label(final List<CoreLabel> tokens) {
        final CrfReading first = crf.read(tokens);
        if (secondOpinion != null) {
            secondOpinion.review(tokens, first);
        }
    }

    static String label(final CoreLabel token) {
        return token.get(CoreAnnotations.AnswerAnnotation.class);
    }

    private static final class LexiconHolder {
        static final Lexicon LEXICON = Lexicon.load();
    }
}
