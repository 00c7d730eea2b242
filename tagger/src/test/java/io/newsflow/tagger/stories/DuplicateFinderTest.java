package io.newsflow.tagger.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.common.article.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    /** Stock sentences every bulletin of a template repeats, as automated market or weather reports do. */
    private static final String TEMPLATE = "Figures are provisional and may be revised by the statistics office."
            + " Readings were taken at the usual stations before noon local time. The next bulletin follows at"
            + " the same hour tomorrow, subject to the availability of the reporting network.";

    private static String words(final Random random, final int n) {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            final int length = 4 + random.nextInt(6);
            for (int j = 0; j < length; j++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    @Test
    void aCopyIsFoundAmongAFloodOfBulletinsWrittenFromOneTemplate() {
        final Random random = new Random(7);
        final StoryIndex index = StoryIndex.inMemory(StoryOptions.DEFAULT);
        final String original = TEMPLATE + " " + words(random, 220);
        assertNull(index.assign(StoryArticles.article("original", "Report", original, "2026-03-02T08:00:00Z",
                List.of(), List.of(), List.of())).duplicateOf());
        // Each bulletin shares the template (and a stock opening) with all the others, and every bucket of the
        // template's bands fills up with them.
        final List<String> flood = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            flood.add("bulletin-" + i);
            index.assign(StoryArticles.article("bulletin-" + i, "Bulletin " + i, "Morning readings from the"
                    + " network of stations. " + words(random, 25) + TEMPLATE, "2026-03-02T09:00:00Z",
                    List.of(), List.of(), List.of()));
        }
        final String copy = "BY A CORRESPONDENT. " + original.substring(0, original.length() * 2 / 3);
        final Story story = index.assign(StoryArticles.article("copy", "Report, edited", copy,
                "2026-03-02T10:00:00Z", List.of(), List.of(), List.of()));
        assertEquals("original", story.duplicateOf());
        assertEquals("original", story.id());
        assertEquals(400, flood.size());
    }

    @Test
    void fullBucketsAreVerifiedOnlyForTheArticlesSharingTheMostBands() {
        final InMemoryStoryState state = new InMemoryStoryState();
        final DuplicateFinder finder = new DuplicateFinder(state);
        final Fingerprint text = Fingerprint.of(StoryArticles.FIRE);
        // Every bucket of the text is full: the copy in all of them, fifteen others in each, a different
        // fifteen in every bucket but five that recur in the first eight.
        for (int band = 0; band < DuplicateFinder.BANDS; band++) {
            final List<String> ids = new ArrayList<>(List.of("copy"));
            for (int i = 0; i < DuplicateFinder.BUCKET_SIZE - 1; i++) {
                ids.add(band < 8 && i < 5 ? "recurring-" + i : "other-" + band + "-" + i);
            }
            state.putBucket(text.band(band, DuplicateFinder.ROWS), ids);
        }
        state.putArticle(new ArticleRecord("copy", "copy", 0L, null, null, text, "t", "wire", null));

        final List<String> candidates = finder.candidates(text);
        assertEquals(DuplicateFinder.MAX_VERIFIED, candidates.size());
        assertEquals(List.of("copy", "recurring-0", "recurring-1", "recurring-2", "recurring-3", "recurring-4"),
                candidates.subList(0, 6), "the most bands first met first; the rest in the order met");
        assertEquals("copy", finder.find(text, 0L, 1000L, 0.6).original().id());
    }
    @Test
    void theSelectionIsTheOneOfAStableSortByBandsShared() {
        final Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            final InMemoryStoryState state = new InMemoryStoryState();
            final DuplicateFinder finder = new DuplicateFinder(state);
            final Fingerprint text = Fingerprint.of(StoryArticles.FIRE + " " + round);
            final int pool = 20 + random.nextInt(400);
            final Map<String, Integer> shared = new LinkedHashMap<>();
            for (int band = 0; band < DuplicateFinder.BANDS; band++) {
                final Set<String> ids = new LinkedHashSet<>();
                while (ids.size() < random.nextInt(DuplicateFinder.BUCKET_SIZE + 1)) {
                    ids.add("a" + random.nextInt(pool));
                }
                state.putBucket(text.band(band, DuplicateFinder.ROWS), new ArrayList<>(ids));
                ids.forEach(id -> shared.merge(id, 1, Integer::sum));
            }
            // The plain definition: in the order met, the most bands first (a stable sort), the first 64, back in
            // the order met.
            final List<String> met = new ArrayList<>(shared.keySet());
            final List<String> byBands = new ArrayList<>(met);
            byBands.sort(Comparator.comparingInt((String id) -> shared.get(id)).reversed());
            final List<String> expected = new ArrayList<>(byBands.subList(0, Math.min(DuplicateFinder.MAX_VERIFIED,
                    byBands.size())));
            expected.sort(Comparator.comparingInt(met::indexOf));
            assertEquals(expected, finder.candidates(text), "round " + round);
        }
    }
}
