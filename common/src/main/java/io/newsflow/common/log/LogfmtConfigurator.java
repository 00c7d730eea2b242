package io.newsflow.common.log;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Configures Logback when it starts, in code rather than a {@code logback.xml} so that the levels have one
 * source ({@link LogLevels}): every logger writes logfmt lines ({@link LogfmtLayout}) to standard error at
 * the levels of {@code NEWSFLOW_LOG_LEVEL}, else the defaults; {@code --log-level} changes them later.
 * Listed in {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 *
 * <p>A file given with {@code -Dlogback.configurationFile=FILE} takes over instead: this one steps aside.
 */
public final class LogfmtConfigurator extends ContextAwareBase implements Configurator {

    public static final String APPENDER_NAME = "stderr";

    @Override
    public ExecutionStatus configure(final LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        final LogfmtLayout layout = new LogfmtLayout();
        layout.setContext(context);
        layout.start();
        final LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        // ConsoleAppender writes to whatever System.err is at the time of each line, as the tests need.
        final ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        Logging.applyLevels(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
