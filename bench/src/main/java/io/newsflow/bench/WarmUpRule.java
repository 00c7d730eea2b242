package io.newsflow.bench;

import java.util.ArrayDeque;

/**
 * When a warm-up may stop: once the JIT compiler's time over the last {@value #SETTLED_ROUNDS} rounds is
 * under {@value #SETTLED_JIT_SHARE} of their wall time. What is measured next is then compiled code, as in
 * a service that has run for a while, not the compiler competing with it for the same cores.
 */
final class WarmUpRule {

    /** The JIT compiler's share of the last rounds' wall time under which the code counts as warm. */
    static final double SETTLED_JIT_SHARE = 0.05;
    static final int SETTLED_ROUNDS = 3;

    /** {compiler ms, wall ms} of the latest rounds. */
    private final ArrayDeque<double[]> recent = new ArrayDeque<>();
    private double share;

    /**
     * Notes one round. Without the compiler's time (0 for every round) the rounds count alone.
     *
     * @return whether the code now counts as warm
     */
    boolean settled(final double compilerMs, final double wallMs) {
        recent.addLast(new double[] {compilerMs, wallMs});
        if (recent.size() > SETTLED_ROUNDS) {
            recent.removeFirst();
        }
        share = recent.stream().mapToDouble(r -> r[0]).sum() / recent.stream().mapToDouble(r -> r[1]).sum();
        return recent.size() == SETTLED_ROUNDS && share < SETTLED_JIT_SHARE;
    }

    /** The compiler's share of the wall time of the last rounds noted, 0 before the first. */
    double share() {
        return share;
    }
}
