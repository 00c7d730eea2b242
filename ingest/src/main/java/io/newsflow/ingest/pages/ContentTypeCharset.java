package io.newsflow.ingest.pages;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The charset an HTTP {@code Content-Type} header names, when this JVM knows it. A header that names none, or one
 * that is unknown, leaves the choice to the page itself (byte order mark, {@code <meta charset>}), as browsers do.
 */
final class ContentTypeCharset {

    /** Longest charset name looked at; the registry's names are far shorter. */
    private static final int MAX_NAME = 40;

    private ContentTypeCharset() {
    }

    /** The canonical name of the charset in {@code contentType}, or null. */
    static String of(final String contentType) {
        if (contentType == null) {
            return null;
        }
        final String[] parts = contentType.split(";", 16);
        for (int i = 1; i < parts.length; i++) {
            final String[] param = parts[i].split("=", 2);
            if (param.length == 2 && param[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                return known(param[1].strip().replace("\"", "").replace("'", ""));
            }
        }
        return null;
    }

    private static String known(final String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return null;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name).name() : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
