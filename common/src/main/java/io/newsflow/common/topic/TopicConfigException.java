package io.newsflow.common.topic;

/** A topic exists with a configuration that breaks the newsflow contract. */
public class TopicConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TopicConfigException(final String message) {
        super(message);
    }

    public TopicConfigException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
