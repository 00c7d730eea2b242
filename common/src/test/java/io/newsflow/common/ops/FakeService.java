package io.newsflow.common.ops;

import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;

/** A service whose health a test sets. */
final class FakeService implements ManagedService {

    private final String name;
    private volatile Health health;

    FakeService(final String name, final Health health) {
        this.name = name;
        this.health = health;
    }

    void health(final Health value) {
        this.health = value;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Health health() {
        return health;
    }

    @Override
    public void close() {
    }
}
