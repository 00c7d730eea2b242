package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServicesTest {

    @Test
    void namedServicesComeInTheirStartOrder() {
        assertEquals(List.of("ingest", "sink"),
                Services.named(List.of("sink", "ingest")).stream().map(ServiceModule::name).toList());
        assertEquals(List.of("enrich"), Services.named(Set.of("enrich")).stream().map(ServiceModule::name).toList());
        assertEquals(List.of("sink", "api"), Services.named(Set.of("api", "sink")).stream().map(ServiceModule::name)
                .toList());
    }

    @Test
    void anUnknownNameIsRefused() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Services.named(List.of("enrich", "web")));
        assertEquals("no service called 'web'", e.getMessage());
    }
}
