package io.newsflow.common.log;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J 2 provider of newsflow's logfmt lines. It is deliberately not listed in
 * {@code META-INF/services}: slf4j-simple is the only provider SLF4J discovers, so no jar (shaded or not)
 * ever holds two and SLF4J never warns about several. {@link Logging#init(String)} selects this one by
 * name through the {@code slf4j.provider} system property, which SLF4J honours before any discovery.
 */
public class LogfmtServiceProvider implements SLF4JServiceProvider {

    /** The SLF4J API line this provider is written for. */
    public static final String REQUESTED_API_VERSION = "2.0.99";

    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new BasicMDCAdapter();
    private volatile ILoggerFactory loggerFactory;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return REQUESTED_API_VERSION;
    }

    @Override
    public void initialize() {
        loggerFactory = new LogfmtLoggerFactory();
    }
}
