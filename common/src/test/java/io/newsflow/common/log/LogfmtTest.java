package io.newsflow.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogfmtTest {

    @Test
    void bareValuesStayBare() {
        assertEquals("event=enriched id=a1 people=3 places=6 tracks=military tookMs=12",
                Logfmt.event("enriched").add("id", "a1").add("people", 3).add("places", 6)
                        .add("tracks", "military").add("tookMs", 12L).toString());
    }

    @Test
    void valuesThatWouldBreakThePairAreQuotedAndEscaped() {
        assertEquals("\"UN talks in Geneva\"", Logfmt.quote("UN talks in Geneva"));
        assertEquals("\"a=b\"", Logfmt.quote("a=b"));
        assertEquals("\"say \\\"hi\\\"\"", Logfmt.quote("say \"hi\""));
        assertEquals("\"C:\\\\temp\"", Logfmt.quote("C:\\temp"));
        assertEquals("\"line1\\nline2\\tx\\r\"", Logfmt.quote("line1\nline2\tx\r"));
        assertEquals("\"\\u0007\"", Logfmt.quote("\u0007"));
        assertEquals("\"\"", Logfmt.quote(""));
        assertEquals("null", Logfmt.quote(null));
        assertEquals("Sirte,Tripoli", Logfmt.quote("Sirte,Tripoli"));
        assertEquals("\"a\u00a0b\"", Logfmt.quote("a\u00a0b"));
        assertEquals("\"a\\u2028b\"", Logfmt.quote("a\u2028b"));
    }

    @Test
    void keysAreMadeSafe() {
        assertEquals("took_ms", Logfmt.key("took ms"));
        assertEquals("a_b", Logfmt.key("a=b"));
        assertEquals("_", Logfmt.key(""));
        assertEquals("kafka.client.id", Logfmt.key("kafka.client.id"));
    }

    @Test
    void numbersAreFixedPointWithoutTrailingZeros() {
        assertEquals("1.5", Logfmt.format(1.5, 2));
        assertEquals("12", Logfmt.format(12.0, 1));
        assertEquals("0.33", Logfmt.format(1 / 3.0, 2));
        assertEquals("0", Logfmt.format(-0.0001, 2));
        assertEquals("NaN", Logfmt.format(Double.NaN, 2));
        assertEquals("rate=2.25", Logfmt.of().add("rate", 2.25, 2).toString());
    }

    @Test
    void optionalAndRawPairs() {
        assertEquals("event=x b=2", Logfmt.event("x").addIfPresent("a", null).addRaw(" b=2 ").addRaw("").toString());
    }
}
