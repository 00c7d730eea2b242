package io.newsflow.tagger.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Enrichment;
import io.newsflow.tagger.Loading;
import io.newsflow.tagger.limits.Deadline;
import io.newsflow.tagger.limits.TaggingLimits;
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

    NewsEntityTagger(final CrfEntityTagger crf, final Lexicon lexicon, final Set<Step> steps,
            final SecondOpinion secondOpinion) {
        this.crf = crf;
        this.truecaser = new Truecaser(lexicon);
        this.steps = Set.copyOf(steps);
        this.refiner = new Refiner(lexicon, this.steps);
        this.secondOpinion = steps.contains(Step.SECOND_OPINION) ? secondOpinion : null;
    }

    /** The production tagger over the process-wide CRF model and the shipped lexicons. */
    public static NewsEntityTagger load() {
        return withSteps(EnumSet.allOf(Step.class));
    }

    /** A tagger with only the given corrections, to measure what each one brings. */
    public static NewsEntityTagger withSteps(final Set<Step> steps) {
        // The second CRF loads beside the first: the two models are read in about the time of the larger.
        final Loading.Load<SecondOpinion> second = steps.contains(Step.SECOND_OPINION)
                ? Loading.begin("ner-second-opinion", SecondOpinion::load) : null;
        final CrfEntityTagger first = CrfEntityTagger.load();
        return new NewsEntityTagger(first, LexiconHolder.LEXICON, steps.isEmpty()
                ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps), second == null ? null : second.get());
    }

    @Override
    public EntityTags tag(final String title, final String body) {
        return tag(title, body, Deadline.NONE);
    }

    @Override
    public EntityTags tag(final String title, final String body, final Deadline deadline) {
        final List<Sentence> sentences = new ArrayList<>();
        sentences.addAll(Sentence.split(Mention.TITLE, title));
        sentences.addAll(Sentence.split(Mention.BODY, body));
        final boolean truncated = keepFirstTokens(sentences, TaggingLimits.MAX_TOKENS_PER_ARTICLE);
        final Map<String, String> casing = steps.contains(Step.TRUECASE) && Truecaser.hasMixedCase(sentences)
                && sentences.stream().anyMatch(Sentence::allCaps) ? Truecaser.documentCasing(sentences) : null;
        final List<Span> spans = new ArrayList<>();
        final SecondOpinionBudget reviews = new SecondOpinionBudget();
        deadline.check("tokenizing");
        int unchecked = 0;
        for (Sentence sentence : sentences) {
            // The CRF is most of the cost: the deadline is read every few hundred tokens.
            unchecked += sentence.size();
            if (unchecked >= TaggingLimits.MAX_SENTENCE_TOKENS) {
                deadline.check("entity recognition");
                unchecked = 0;
            }
            if (casing != null && Truecaser.isAllCaps(sentence)) {
                labelTruecased(sentence, truecaser.truecase(sentence, casing), reviews);
            } else {
                label(sentence.tokens(), reviews);
            }
            spans.addAll(Span.chunks(sentence));
        }
        final ArticleSpans article = new ArticleSpans(sentences, spans);
        deadline.check("entity recognition");
        refiner.refine(article);
        deadline.check("entity corrections");
        final EntityTags tags = EntityGrouper.group(article.spans());
        return truncated ? tags.withLimit(Enrichment.TOKENS_PER_ARTICLE) : tags;
    }

    /** Keeps the sentences within the first {@code max} tokens; true if any was dropped. */
    private static boolean keepFirstTokens(final List<Sentence> sentences, final int max) {
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            tokens += sentences.get(i).size();
            if (tokens > max) {
                sentences.subList(i, sentences.size()).clear();
                return true;
            }
        }
        return false;
    }

    /** Labels copies of the tokens that carry the restored words, and copies the labels back. */
    private void labelTruecased(final Sentence sentence, final String[] words, final SecondOpinionBudget reviews) {
        final List<CoreLabel> copies = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            final CoreLabel copy = new CoreLabel(sentence.tokens().get(i));
            copy.setWord(words[i]);
            copy.setValue(words[i]);
            copies.add(copy);
        }
        label(copies, reviews);
        for (int i = 0; i < sentence.size(); i++) {
            sentence.tokens().get(i).set(CoreAnnotations.AnswerAnnotation.class, label(copies.get(i)));
        }
    }

    /** The CRF's labels, and where it is unsure and the step is on, the second opinion's. */
    private void label(final List<CoreLabel> tokens, final SecondOpinionBudget reviews) {
        final CrfReading first = crf.read(tokens);
        if (secondOpinion != null && reviews.left > 0) {
            reviews.left -= secondOpinion.review(tokens, first);
        }
    }

    /**
     * Tokens the second CRF may read in one article. A news article has it read a few hundred; a flood of
     * unsure names would have it read most of the body, doubling the cost, and past this the first
     * reading stands.
     */
    private static final class SecondOpinionBudget {
        int left = TaggingLimits.MAX_SECOND_OPINION_TOKENS;
    }

    static String label(final CoreLabel token) {
        return token.get(CoreAnnotations.AnswerAnnotation.class);
    }

    private static final class LexiconHolder {
        static final Lexicon LEXICON = Lexicon.load();
    }
}
