package io.newsflow.ingest.pages;

/** A page whose main text could not be extracted, and why. */
public final class PageExtractionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why there is no text. */
    public enum Reason {
        /** The page is longer than the extractor's byte limit; it was not parsed. */
        TOO_LARGE,
        /** Nothing is left once scripts, styles, navigation and other boilerplate are removed. */
        NO_TEXT
    }

    private final Reason reason;

    public PageExtractionException(final Reason reason, final String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
