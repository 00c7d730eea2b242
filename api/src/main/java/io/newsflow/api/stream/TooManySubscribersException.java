package io.newsflow.api.stream;

/** Every live-stream slot is taken: 503, try again later. */
public class TooManySubscribersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManySubscribersException(final int max) {
        super("the live stream serves at most " + max + " subscribers at once");
    }
}
