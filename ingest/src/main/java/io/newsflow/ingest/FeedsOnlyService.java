package io.newsflow.ingest;

import io.newsflow.common.ops.OpsServer;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.ingest.feeds.FeedsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ingest feeds}: the feed poller without the HTTP intake, its health and metrics served on the
 * intake's host and port ({@code /health/live}, {@code /health/ready}, {@code /metrics}) so that it is
 * watched like every other service.
 */
final class FeedsOnlyService implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(FeedsOnlyService.class);

    private final FeedsService feeds;
    private final OpsServer ops;
    private final ServiceContext context;

    private FeedsOnlyService(final FeedsService feeds, final OpsServer ops, final ServiceContext context) {
        this.feeds = feeds;
        this.ops = ops;
        this.context = context;
    }

    /** Makes sure of the topics, starts the poller on a producer of its own, then its ops port. */
    static FeedsOnlyService start(final IngestConfig cfg, final ServiceContext context) {
        IngestService.ensureTopics(cfg);
        final FeedsService feeds = IngestFeeds.start(cfg, null, context.metrics(), context.summaryInterval());
        try {
            context.ops().register(feeds);
            final OpsServer ops = new OpsServer(cfg.httpHost(), cfg.httpPort(), context.ops()).start();
            LOG.info("event=ops_started port={}", ops.port());
            return new FeedsOnlyService(feeds, ops, context);
        } catch (RuntimeException e) {
            context.ops().unregister(feeds);
            feeds.close();
            throw new IngestStartException("cannot serve health and metrics on " + cfg.httpHost() + ":"
                    + cfg.httpPort() + ": " + e.getMessage(), e);
        }
    }

    int opsPort() {
        return ops.port();
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Health health() {
        return feeds.health();
    }

    @Override
    public void close() {
        context.ops().unregister(feeds);
        feeds.close();
        ops.close();
        context.release();
    }
}
