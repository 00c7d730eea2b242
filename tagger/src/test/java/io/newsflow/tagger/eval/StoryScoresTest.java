package io.newsflow.tagger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryScoresTest {

    @Test
    void perfectClusteringScoresOne() {
        final StoryScores s = StoryScores.of(List.of("a", "a", "b"), List.of("x", "x", "y"));
        assertEquals(1.0, s.pairF1(), 1e-9);
        assertEquals(1.0, s.bcubedF1(), 1e-9);
    }

    @Test
    void aFalseMergeCostsPrecisionAndASplitCostsRecall() {
        // gold {1,2,3} {4}; predicted {1,2} {3,4}
        final StoryScores s = StoryScores.of(List.of("a", "a", "a", "b"), List.of("x", "x", "y", "y"));
        assertEquals(1, s.truePairs());
        assertEquals(2, s.predictedPairs());
        assertEquals(3, s.goldPairs());
        assertEquals(1, s.falseMergePairs());
        assertEquals(0.5, s.pairPrecision(), 1e-9);
        assertEquals(1 / 3.0, s.pairRecall(), 1e-9);
        // b-cubed precision: items 1,2: 1; item 3: 1/2; item 4: 1/2 -> 0.75; recall: 2/3,2/3,1/3,1 -> 2/3
        assertEquals(0.75, s.bcubedPrecision(), 1e-9);
        assertEquals(2 / 3.0, s.bcubedRecall(), 1e-9);
    }
}
