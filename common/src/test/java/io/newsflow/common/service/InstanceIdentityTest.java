package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.common.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceIdentityTest {

    @TempDir
    Path stateDir;

    @Test
    void aRestartOnTheSameStateDirectoryFindsTheSameId() {
        final String first;
        try (InstanceIdentity identity = InstanceIdentity.claim(stateDir, "newsflow-enrich")) {
            first = identity.id();
            UUID.fromString(first);
        }
        try (InstanceIdentity again = InstanceIdentity.claim(stateDir, "newsflow-enrich")) {
            assertEquals(first, again.id());
        }
    }

    @Test
    void twoLiveInstancesOnOneDirectoryNeverShareAnId() {
        try (InstanceIdentity a = InstanceIdentity.claim(stateDir, "app");
                InstanceIdentity b = InstanceIdentity.claim(stateDir, "app")) {
            assertNotEquals(a.id(), b.id());
        }
    }

    @Test
    void eachApplicationHasItsOwnIds() {
        try (InstanceIdentity enrich = InstanceIdentity.claim(stateDir, "newsflow-enrich");
                InstanceIdentity sink = InstanceIdentity.claim(stateDir, "newsflow-sink")) {
            assertNotEquals(enrich.id(), sink.id());
            assertEquals(List.of("newsflow-instance-0"), names(stateDir.resolve("newsflow-sink")));
        }
    }

    @Test
    void anUnreadableIdIsReplacedByANewOne() throws Exception {
        Files.createDirectories(stateDir.resolve("app"));
        Files.writeString(stateDir.resolve("app").resolve("newsflow-instance-0"), "not an id", StandardCharsets.US_ASCII);
        try (InstanceIdentity identity = InstanceIdentity.claim(stateDir, "app")) {
            assertEquals(identity.id(), Files.readString(stateDir.resolve("app").resolve("newsflow-instance-0"),
                    StandardCharsets.US_ASCII));
        }
    }

    @Test
    void whenEverySlotIsHeldTheInstanceIsToldToUseADirectoryOfItsOwn() {
        final List<InstanceIdentity> held = new ArrayList<>();
        try {
            for (int i = 0; i < InstanceIdentity.MAX_SLOTS; i++) {
                held.add(InstanceIdentity.claim(stateDir, "app"));
            }
            final ConfigException e = assertThrows(ConfigException.class, () -> InstanceIdentity.claim(stateDir, "app"));
            assertEquals(true, e.getMessage().contains("state directory of its own"), e.getMessage());
        } finally {
            held.forEach(InstanceIdentity::close);
        }
    }

    private static List<String> names(final Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
