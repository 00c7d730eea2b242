package io.newsflow.api;

import io.newsflow.common.log.Logging;
import io.newsflow.common.service.Program;
import io.newsflow.common.service.ServiceRunner;

/** {@code java -jar api.jar --bootstrap-servers HOST:PORT}: serves the query API and the web page until stopped. */
public final class ApiMain {

    static {
        Logging.init("api");
    }

    private static final String USAGE = """
            Usage: java -jar api.jar --bootstrap-servers HOST:PORT [options]
            Keeps news.articles.current and news.stories.current in local stores and answers from them:
              GET /api/articles/{id}, /api/articles?person=&org=&place=&country=&track=&talks=&story=&q=
                  &since=&until=&limit=&cursor=, /api/entities, /api/countries, /api/places, /api/stories,
                  /api/stories/{id}, /api/stream (Server-Sent Events), /api/openapi.json, /api/asyncapi.json;
              the web page at /; GET /health/live, /health/ready and /metrics on the same port.
            Several instances share the work (same --api-application-id): each answers for all.""";

    /** The api's settings; health and metrics are served on its own port. */
    static final Program<ApiConfig> PROGRAM = new Program<>("api", USAGE, ApiConfig.OPTIONS, null,
            (settings, positional) -> ApiConfig.from(Program.optionsOnly(settings, positional)),
            (cfg, context, out) -> {
                final ApiService api = ApiService.start(cfg, context);
                out.println("api: " + api.uri());
                return Program.Outcome.serving(api);
            });

    private ApiMain() {
    }

    public static void main(final String[] args) {
        ServiceRunner.main(PROGRAM, args);
    }
}
