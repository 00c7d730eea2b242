package io.newsflow.app.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void skipsAPortThatIsAlreadyTaken() {
        // The system hands out the broker's port again before a new one.
        final PrimitiveIterator.OfInt offered = IntStream.of(40069, 40069, 34757, 40070).iterator();
        assertEquals(40070, FreePorts.findOtherThan(offered::nextInt, 40069, 34757));
    }

    @Test
    void givesUpWhenOnlyTakenPortsAreOffered() {
        assertThrows(UncheckedIOException.class, () -> FreePorts.findOtherThan(() -> 40069, 40069));
    }

    @Test
    void findsARealFreePortOtherThanTheGivenOne() {
        final int first = FreePorts.find();
        assertNotEquals(first, FreePorts.findOtherThan(first));
    }
}
