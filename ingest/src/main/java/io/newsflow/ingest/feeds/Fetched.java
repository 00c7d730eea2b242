package io.newsflow.ingest.feeds;

import java.net.URI;

/**
 * What a fetch brought: 200 with the body (at most the size limit), or 304 without one; the URI after
 * redirects, and the validators to send on the next conditional request.
 */
public record Fetched(int status, URI uri, byte[] body, String contentType, String etag, String lastModified) {

    public static final int NOT_MODIFIED = 304;

    public boolean notModified() {
        return status == NOT_MODIFIED;
    }
}
