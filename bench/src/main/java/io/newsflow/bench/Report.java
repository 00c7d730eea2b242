package io.newsflow.bench;

import java.util.Locale;

/** The bench's report: one line on standard output per figure, numbers formatted alike on every machine. */
final class Report {

    private Report() {
    }

    static void say(final String format, final Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
