package io.newsflow.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /api/openapi.json} (this module's document of its routes) and {@code /api/asyncapi.json} (the
 * topics' document, from the model jar when it carries one).
 */
final class DocRoutes {

    static final String OPENAPI = "io/newsflow/api/openapi.json";
    static final String ASYNCAPI = "io/newsflow/contract/asyncapi.json";

    private final ClassLoader loader;

    DocRoutes(final ClassLoader loader) {
        this.loader = loader;
    }

    void openapi(final Context ctx) throws IOException {
        serve(ctx, OPENAPI, "the OpenAPI document is not in this build");
    }

    void asyncapi(final Context ctx) throws IOException {
        serve(ctx, ASYNCAPI, "the AsyncAPI document of the topics is not in this build (" + ASYNCAPI + ")");
    }

    private void serve(final Context ctx, final String resource, final String missing) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException(missing);
            }
            ctx.header("Cache-Control", "no-cache");
            Answers.json(ctx, 200, in.readNBytes(StaticFiles.MAX_FILE_BYTES));
        }
    }
}
