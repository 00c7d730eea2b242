package io.newsflow.tagger.tracks;

/**
 * One lexicon entry: a word or phrase and its weight. Each phrase token is matched on its stem, or on
 * its exact lower-case form when written {@code =word}; a token written with a capital must also be
 * capitalised in the text ("Labour" the party, not "labour costs"). {@code dampedIn} is a bit set of
 * the domain contexts (sport, technology, ...) in which the cue usually means something else.
 * {@code role} marks a word for a person's or a body's role ("president", "spokesman", "governor"):
 * such words name who acts or speaks in any story, so they add to a track but do not by themselves
 * make a sentence develop it. {@code executive} marks the executive itself ("prime minister",
 * "government"): written as a title before a name ("Prime Minister Lindqvist") it still says that the
 * government acts, so it keeps its whole weight in the track's sum (see {@link CueWeigher#summed}).
 */
record Cue(String phrase, double weight, String[] keys, boolean[] exact, boolean[] capital, int dampedIn,
        boolean role, boolean executive) {

    int length() {
        return keys.length;
    }

    boolean matchesAt(final Tokens tokens, final int at, final int limit) {
        if (at + keys.length > limit) {
            return false;
        }
        for (int k = 0; k < keys.length; k++) {
            final int i = at + k;
            final String key = keys[k];
            if (!(exact[k] ? key.equals(tokens.lower(i)) : key.equals(tokens.stem(i)))) {
                return false;
            }
            if (capital[k] && !tokens.capitalized(i)) {
                return false;
            }
        }
        return true;
    }
}
