package io.newsflow.common.log;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.simple.SimpleLoggerFactory;

/**
 * Makes {@link LogfmtLogger}s at the level {@link Logging} says, and keeps them so that a level set
 * later ({@code --log-level} is parsed after the first loggers exist) reaches them too.
 */
public class LogfmtLoggerFactory extends SimpleLoggerFactory {

    private static final Queue<LogfmtLogger> CREATED = new ConcurrentLinkedQueue<>();

    @Override
    protected Logger createLogger(final String name) {
        final LogfmtLogger logger = new LogfmtLogger(name, Logging.levels().levelOf(name));
        CREATED.add(logger);
        return logger;
    }

    /** Applies new levels to every logger made so far, whichever factory made it. */
    static void applyToAll(final LogLevels levels) {
        for (LogfmtLogger logger : CREATED) {
            logger.threshold(levels.levelOf(logger.getName()));
        }
    }
}
