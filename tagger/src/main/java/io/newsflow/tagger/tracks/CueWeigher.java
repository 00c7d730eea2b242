package io.newsflow.tagger.tracks;

/**
 * The weight a cue adds where it stands: less in a domain context where it usually means something
 * else ("attack" in a football report), inside reported speech, as part of a name or a title before
 * one ("President Okafor"), and for a role word ("spokesman"). Immutable.
 */
final class CueWeigher {

    private final ScoringParameters params;

    CueWeigher(final ScoringParameters params) {
        this.params = params;
    }

    /** The weight of the cue at tokens [first, end) of the sentence, before the role damping. */
    double weight(final Cue cue, final int activeContexts, final Sentence sentence, final int first, final int end) {
        double weight = (cue.dampedIn() & activeContexts) != 0 ? cue.weight() * params.damping() : cue.weight();
        if (sentence.setting.quoted(first)) {
            weight *= params.quoteDamping();
        }
        if (!sentence.titleCase && sentence.setting.inName(cue, first, end, sentence.tokenFrom, sentence.tokenTo)) {
            weight *= params.nameDamping();
        }
        return weight;
    }

    /** What the cue adds to its track's sum: {@code weight}, damped once more for a role word. */
    double counted(final Cue cue, final double weight) {
        return cue.role() ? weight * params.roleDamping() : weight;
    }
}
