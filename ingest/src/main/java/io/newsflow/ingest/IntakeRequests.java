package io.newsflow.ingest;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What the intake checks on a request before it reads an article: its media type and the size of its body. */
final class IntakeRequests {

    private IntakeRequests() {
    }

    /**
     * The media type of the request if it is one of {@code accepted}, in UTF-8 (a web page, {@code text/html}, in
     * any charset: the page is decoded as its header or its own markup says).
     *
     * @throws IntakeProblem 415 otherwise
     */
    static String requireContentType(final Context ctx, final Set<String> accepted) {
        final String header = ctx.header("Content-Type");
        final String choices = String.join(", ", new TreeSet<>(accepted));
        if (header == null || header.isBlank()) {
            throw IntakeProblem.unsupportedMediaType("Content-Type is missing; send one of " + choices);
        }
        final String[] parts = header.split(";");
        final String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(type)) {
            throw IntakeProblem.unsupportedMediaType("Content-Type " + abbreviate(type)
                    + " is not supported here; send one of " + choices);
        }
        for (int i = 1; i < parts.length && !type.equals(HtmlRequests.HTML); i++) {
            final String[] param = parts[i].split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("charset")) {
                final String charset = param[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    throw IntakeProblem.unsupportedMediaType("only UTF-8 is accepted, not charset "
                            + abbreviate(charset));
                }
            }
        }
        return type;
    }

    /**
     * Reads the body, refusing it as soon as it is known to be longer than {@code limit}.
     *
     * @throws IntakeProblem 413 over the limit, 408 when the client stopped sending (the idle timeout)
     */
    static byte[] readBody(final Context ctx, final int limit) {
        final long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw IntakeProblem.tooLarge(limit, "Content-Length " + declared);
        }
        final byte[] body;
        try {
            // One byte more than the limit is enough to know the body is too large.
            body = ctx.req().getInputStream().readNBytes(limit + 1);
        } catch (IOException e) {
            throw IntakeProblem.requestTimeout("the request body could not be read: " + e.getClass().getSimpleName());
        }
        if (body.length > limit) {
            throw IntakeProblem.tooLarge(limit, "more than " + limit + " bytes read");
        }
        return body;
    }

    /** True when the request announced a body, which an early refusal leaves unread. */
    static boolean hasBody(final HttpServletRequest request) {
        final long length = request.getContentLengthLong();
        return length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
    }

    static String abbreviate(final String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
