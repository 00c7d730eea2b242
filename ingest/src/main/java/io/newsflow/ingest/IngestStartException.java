package io.newsflow.ingest;

/** The service could not start: the HTTP port is taken, or Kafka could not be reached to set up the topic. */
public class IngestStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IngestStartException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
