package io.newsflow.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Place;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class RecordNullsTest {

    record Refusing(String name, List<String> items, int count) {
        Refusing {
            Objects.requireNonNull(name);
            items = List.copyOf(items);
        }
    }

    @Test
    void aListTheConstructorReplacesIsNeverNullAndAStringItKeepsMayBe() {
        assertTrue(RecordNulls.neverNull(Place.class, "mentions"));
        assertFalse(RecordNulls.neverNull(Place.class, "name"));
        assertFalse(RecordNulls.neverNull(Place.class, "geonameId"));
    }

    @Test
    void aConstructorThatRefusesNullsProvesOnlyItsPrimitives() {
        assertFalse(RecordNulls.neverNull(Refusing.class, "items"));
        assertFalse(RecordNulls.neverNull(Refusing.class, "name"));
        assertTrue(RecordNulls.neverNull(Refusing.class, "count"));
    }

    @Test
    void aClassThatIsNoRecordHasNoSuchComponent() {
        assertFalse(RecordNulls.neverNull(String.class, "value"));
    }
}
