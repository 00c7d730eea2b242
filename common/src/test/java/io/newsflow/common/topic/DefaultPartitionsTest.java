package io.newsflow.common.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DefaultPartitionsTest {

    @Test
    void isTheSmallestMultipleOfTheProcessorsThatIsAtLeastThree() {
        assertEquals(3, TopicAdmin.defaultPartitions(1));
        assertEquals(4, TopicAdmin.defaultPartitions(2));
        assertEquals(3, TopicAdmin.defaultPartitions(3));
        assertEquals(4, TopicAdmin.defaultPartitions(4));
        assertEquals(6, TopicAdmin.defaultPartitions(6));
        assertEquals(16, TopicAdmin.defaultPartitions(16));
    }

    @Test
    void everyStreamThreadGetsTheSameShare() {
        for (int processors = 1; processors <= 64; processors++) {
            final int partitions = TopicAdmin.defaultPartitions(processors);
            assertEquals(0, partitions % processors, "processors=" + processors);
            assertTrue(partitions >= 3, "processors=" + processors);
        }
    }

    @Test
    void refusesNoProcessors() {
        assertThrows(IllegalArgumentException.class, () -> TopicAdmin.defaultPartitions(0));
    }
}
