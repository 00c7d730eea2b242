package io.newsflow.common.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One path's handlers by method, and an answer for every other method: Javalin answers a path it knows
 * with a wrong method as it answers an unknown path, where newsflow answers 405 with the allowed methods.
 */
public final class Routes {

    /** Handles a request whose method the path does not serve; {@code allow} is for the Allow header. */
    @FunctionalInterface
    public interface Refusal {
        void refuse(io.javalin.http.Context ctx, String allow) throws Exception;
    }

    private final String path;
    private final Map<HandlerType, Handler> handlers = new LinkedHashMap<>();
    private final Set<HandlerType> left = new HashSet<>();

    private Routes(final String path) {
        this.path = path;
    }

    public static Routes path(final String path) {
        return new Routes(path);
    }

    public Routes on(final HandlerType method, final Handler handler) {
        handlers.put(method, handler);
        return this;
    }

    /** Leaves {@code method} on this path to a route registered later (such as {@code /articles/{id}}). */
    public Routes leave(final HandlerType method) {
        left.add(method);
        return this;
    }

    /** Registers the handlers, then {@code refusal} for every other common HTTP method not left to others. */
    public void addTo(final RoutesConfig routes, final Refusal refusal) {
        final String allow = handlers.keySet().stream().map(HandlerType::name).collect(Collectors.joining(", "));
        handlers.forEach((method, handler) -> routes.addHttpHandler(method, path, handler));
        for (HandlerType method : HandlerType.commonHttp()) {
            if (!handlers.containsKey(method) && !left.contains(method)) {
                routes.addHttpHandler(method, path, ctx -> refusal.refuse(ctx, allow));
            }
        }
    }
}
