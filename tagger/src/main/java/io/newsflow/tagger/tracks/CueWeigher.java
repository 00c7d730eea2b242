package io.newsflow.tagger.tracks;

/**
 * The weight a cue adds where it stands: less in a domain context where it usually means something
 * else ("attack" in a football report), inside reported speech, as part of a name or a title before
 * one ("President Okafor"), and for a role word ("spokesman"). What a cue adds to its track's sum
 * ({@link #summed}) can differ from what it adds to the sentence it stands in ({@link #weight}): an
 * office of the executive before a name ("Prime Minister Lindqvist") tells that the government acts
 * and counts whole in the sum, but like any name it develops no sentence by itself. Immutable.
 */
final class CueWeigher {

    private final ScoringParameters params;

    CueWeigher(final ScoringParameters params) {
        this.params = params;
    }

    /**
     * The weight of the cue at tokens [first, end) of the sentence, before the role damping: what it adds
     * to the sentence, which decides whether the sentence develops the track and how it votes.
     */
    double weight(final Cue cue, final int activeContexts, final Sentence sentence, final int first, final int end) {
        final double weight = unnamed(cue, activeContexts, sentence, first);
        return inName(cue, sentence, first, end) ? weight * params.nameDamping() : weight;
    }

    /**
     * What the cue at tokens [first, end), of the given {@link #weight}, adds to its track's sum: that
     * weight, but undamped as a name for an {@code @executive} cue; then damped as a role word.
     */
    double summed(final Cue cue, final int activeContexts, final Sentence sentence, final int first, final int end,
            final double weight) {
        if (cue.executive() && inName(cue, sentence, first, end)) {
            return counted(cue, unnamed(cue, activeContexts, sentence, first));
        }
        return counted(cue, weight);
    }

    private double unnamed(final Cue cue, final int activeContexts, final Sentence sentence, final int first) {
        final double weight = (cue.dampedIn() & activeContexts) != 0 ? cue.weight() * params.damping() : cue.weight();
        return sentence.setting.quoted(first) ? weight * params.quoteDamping() : weight;
    }

    private static boolean inName(final Cue cue, final Sentence sentence, final int first, final int end) {
        return !sentence.titleCase && sentence.setting.inName(cue, first, end, sentence.tokenFrom, sentence.tokenTo);
    }

    /** What the cue adds to its track's sum: {@code weight}, damped once more for a role word. */
    double counted(final Cue cue, final double weight) {
        return cue.role() ? weight * params.roleDamping() : weight;
    }
}
