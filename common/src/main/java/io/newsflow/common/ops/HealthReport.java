package io.newsflow.common.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import java.util.Collection;
import java.util.List;

/**
 * The answer of {@code /health/live} or {@code /health/ready}: the overall status and, for each
 * service, its state and why it is not ready. Serialized as
 * {@code {"check":"ready","status":"DOWN","services":[{"name":"enrich","state":"NOT_READY","live":true,
 * "ready":false,"reason":"streams REBALANCING"}]}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthReport(String check, String status, String reason, List<ServiceState> services) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    /** One service's health; {@code reason} is left out when it is ready. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceState(String name, String state, boolean live, boolean ready, String reason) {

        static ServiceState of(final String name, final Health health) {
            final String state = health.ready() ? "READY" : health.live() ? "NOT_READY" : "DEAD";
            return new ServiceState(name, state, health.live(), health.ready(), health.ready() ? null : health.reason());
        }
    }

    /** Liveness: up while no registered service says it is dead (a process with none yet is alive). */
    public static HealthReport live(final Collection<? extends ManagedService> services) {
        final List<ServiceState> states = states(services);
        final boolean up = states.stream().allMatch(ServiceState::live);
        return new HealthReport("live", up ? UP : DOWN, null, states);
    }

    /** Readiness: up when there is at least one service and every one is ready. */
    public static HealthReport ready(final Collection<? extends ManagedService> services) {
        final List<ServiceState> states = states(services);
        if (states.isEmpty()) {
            return new HealthReport("ready", DOWN, "starting: no service registered yet", states);
        }
        final boolean up = states.stream().allMatch(ServiceState::ready);
        return new HealthReport("ready", up ? UP : DOWN, null, states);
    }

    public boolean up() {
        return UP.equals(status);
    }

    /** 200 when up, 503 otherwise. */
    public int httpStatus() {
        return up() ? 200 : 503;
    }

    public String toJson() {
        return Json.write(this);
    }

    private static List<ServiceState> states(final Collection<? extends ManagedService> services) {
        return services.stream().map(s -> ServiceState.of(s.name(), healthOf(s))).toList();
    }

    private static Health healthOf(final ManagedService service) {
        try {
            final Health health = service.health();
            return health == null ? Health.notReady("no health reported") : health;
        } catch (RuntimeException e) {
            // A failing check says nothing about the process: report it, do not get the process killed.
            return Health.notReady("health check failed: " + e);
        }
    }
}
