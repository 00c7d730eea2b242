package io.newsflow.tagger.ner;

import java.util.Set;

/** Applies the article-level corrections ({@link Step}) to the CRF's spans, in a fixed order. */
final class Refiner {

    private final Set<Step> steps;
    private final SpanBounds bounds;
    private final TypeCorrections types;
    private final Consistency consistency;
    private final NameJoiner names;

    Refiner(final Lexicon lexicon, final Set<Step> steps) {
        this.steps = steps;
        this.bounds = new SpanBounds(lexicon);
        this.types = new TypeCorrections(lexicon);
        this.consistency = new Consistency(lexicon, steps.contains(Step.LEXICON), steps.contains(Step.COMPOUNDS));
        this.names = new NameJoiner(lexicon);
    }

    void refine(final ArticleSpans article) {
        if (steps.contains(Step.TRIM)) {
            SpanBounds.trim(article);
        }
        if (steps.contains(Step.WORD_START)) {
            article.spans().forEach(SpanBounds::extendToWordStart);
        }
        if (steps.contains(Step.COMPOUNDS)) {
            article.removeIf(SpanBounds::inCompound);
        }
        if (steps.contains(Step.TITLES)) {
            names.titles(article);
        }
        if (steps.contains(Step.LEXICON)) {
            types.lexiconTypes(article);
        }
        if (steps.contains(Step.CONSISTENCY)) {
            consistency.apply(article);
        }
        if (steps.contains(Step.RESULTS)) {
            types.results(article);
        }
        if (steps.contains(Step.ACRONYMS)) {
            names.acronyms(article);
        }
        if (steps.contains(Step.NAME_PARTS)) {
            names.nameParts(article);
        }
        if (steps.contains(Step.PLACE_CUES)) {
            TypeCorrections.placeCues(article);
        }
        if (steps.contains(Step.ORG_CUES)) {
            TypeCorrections.orgCues(article);
        }
        if (steps.contains(Step.EVENTS)) {
            article.removeIf(bounds::namesEvent);
        }
        if (steps.contains(Step.ORG_PARTS)) {
            names.orgParts(article);
        }
        // Corrections above may have added mentions inside hyphenated words; they go too.
        if (steps.contains(Step.COMPOUNDS)) {
            article.removeIf(SpanBounds::inCompound);
        }
        NameJoiner.capitalsJoinMixedCase(article);
    }
}
