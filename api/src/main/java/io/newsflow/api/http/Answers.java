package io.newsflow.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.newsflow.api.query.Page;
import io.newsflow.common.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** How the api answers: JSON bodies with their length, lists of stored JSON written as they are stored. */
final class Answers {

    static final String JSON = "application/json; charset=utf-8";

    private Answers() {
    }

    static void json(final Context ctx, final int status, final byte[] body) {
        send(ctx, status, JSON, body);
    }

    static void json(final Context ctx, final Object body) {
        json(ctx, 200, Json.writeBytes(body));
    }

    static void error(final Context ctx, final int status, final String message) {
        json(ctx, status, Json.writeBytes(Map.of("error", message)));
    }

    static void send(final Context ctx, final int status, final String contentType, final byte[] body) {
        ctx.status(status);
        ctx.contentType(contentType);
        ctx.header("Content-Length", Integer.toString(body.length));
        if (!HandlerType.HEAD.equals(ctx.method())) {
            ctx.result(body);
        }
    }

    /** {@code {"<name>":[json,...],"next":"<cursor>"|null}}, the stored JSON of each item unchanged. */
    static byte[] list(final String name, final Page page) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + page.items().size() * 2048);
        out.writeBytes(("{\"" + name + "\":[").getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (Page.Item i : page.items()) {
            if (!first) {
                out.write(',');
            }
            out.writeBytes(i.json());
            first = false;
        }
        out.writeBytes(("],\"next\":" + (page.scannedTo() == null ? "null"
                : Json.write(page.scannedTo().cursor())) + "}").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
