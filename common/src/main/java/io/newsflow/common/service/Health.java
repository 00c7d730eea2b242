package io.newsflow.common.service;

/**
 * What a service says of itself: {@code live} when the process can still make progress (a restart
 * would not help otherwise), {@code ready} when it can do its work now; {@code reason} says why not.
 */
public record Health(boolean live, boolean ready, String reason) {

    public static Health up() {
        return new Health(true, true, "ok");
    }

    public static Health notReady(final String reason) {
        return new Health(true, false, reason);
    }

    public static Health dead(final String reason) {
        return new Health(false, false, reason);
    }
}
