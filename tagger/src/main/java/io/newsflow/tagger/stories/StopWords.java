package io.newsflow.tagger.stories;

import java.util.Set;

/** Words too common in English news to say what an article is about. */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "its", "his", "her",
            "their", "they", "them", "this", "these", "those", "from", "but", "not", "been", "will", "would",
            "could", "should", "may", "might", "can", "also", "more", "most", "than", "then", "there", "here",
            "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any", "some", "one", "two",
            "three", "about", "after", "before", "over", "under", "into", "out", "off", "said", "says", "say",
            "told", "year", "years", "new", "last", "first", "just", "like", "such", "other", "only", "our",
            "your", "she", "him", "you", "did", "does", "being", "because", "while", "during", "between",
            "against", "through", "since", "until", "very", "much", "many", "now", "still", "even", "well",
            "back", "make", "made", "take", "taken", "get", "got", "per", "cent", "percent", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "today", "yesterday",
            "people", "time", "including", "according", "added", "both", "each", "own", "same", "whose",
            "whether", "though", "although", "yet", "again", "further", "once", "mr", "mrs", "ms");

    private StopWords() {
    }

    /** Three letters or more, not a number, not a common word. */
    static boolean salient(final String word) {
        if (word.length() < 3 || WORDS.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
