package io.newsflow.common.log;

import org.slf4j.LoggerFactory;

/** A main that starts logging the way every newsflow main does; run in a separate JVM by LoggingStartupTest. */
public final class LoggingProbe {

    private LoggingProbe() {
    }

    public static void main(final String[] args) {
        if (args.length == 0 || !args[0].equals("--no-init")) {
            Logging.init("probe");
        }
        LoggerFactory.getLogger("io.newsflow.probe.Main").info("event=started pid={}", ProcessHandle.current().pid());
        LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient").info("chatty kafka line");
    }
}
