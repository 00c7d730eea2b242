package io.newsflow.ingest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** The {@code --auth-token} check of the intake's paths; with no token configured, every request passes. */
final class BearerToken {

    private static final String PREFIX = "bearer ";

    private final byte[] digest;

    BearerToken(final String token) {
        this.digest = token == null || token.isEmpty() ? null : sha256(token);
    }

    /**
     * Passes a request that carries the token.
     *
     * @throws IntakeProblem 401 with a Bearer challenge otherwise
     */
    void check(final Context ctx) {
        if (digest == null) {
            return;
        }
        final String header = ctx.header("Authorization");
        if (header == null || header.length() < PREFIX.length()
                || !header.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX)) {
            throw IntakeProblem.unauthorized("missing bearer token");
        }
        // Comparing digests keeps the time independent of where, and whether in length, the tokens differ.
        if (!MessageDigest.isEqual(digest, sha256(header.substring(PREFIX.length()).strip()))) {
            throw IntakeProblem.unauthorized("wrong bearer token");
        }
    }

    private static byte[] sha256(final String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
