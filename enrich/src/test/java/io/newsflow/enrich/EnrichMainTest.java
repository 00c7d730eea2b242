package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.service.ServiceRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(final String... args) {
        return EnrichMain.run(args, Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ServiceRunner());
    }

    @Test
    void helpListsEveryOptionWithItsDefaultIncludingTheOpsOptions() {
        assertEquals(0, run("--help"));
        final String help = out.toString(StandardCharsets.UTF_8);
        for (ConfigOption o : EnrichMain.OPTIONS) {
            assertTrue(help.contains(o.flag() + " VALUE"), o.flag());
            assertTrue(help.contains("env " + o.envName() + "; default: "), o.envName());
        }
        assertTrue(help.contains("NEWSFLOW_OPS_PORT; default: 8081"), help);
        assertTrue(help.contains("NEWSFLOW_OPS_HOST; default: 0.0.0.0"), help);
        assertTrue(help.contains("NEWSFLOW_SUMMARY_INTERVAL; default: 30s"), help);
        assertTrue(help.contains("NEWSFLOW_LOG_LEVEL; default: info"), help);
    }

    @Test
    void aBadOpsSettingFailsFastWithOneMessage() {
        assertEquals(2, run("--ops-port", "70000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("enrich: ops.port must be between 0 and 65535"),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("--summary-interval", "-5s"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("enrich: summary.interval"),
                err.toString(StandardCharsets.UTF_8));
    }
}
