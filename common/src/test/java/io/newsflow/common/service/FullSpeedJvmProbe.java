package io.newsflow.common.service;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/** A main for {@link FullSpeedJvmTest}: relaunches itself, then says what JVM it runs in. */
public final class FullSpeedJvmProbe {

    private FullSpeedJvmProbe() {
    }

    public static void main(final String[] args) throws InterruptedException {
        final OptionalInt relaunched = FullSpeedJvm.relaunchIfNeeded(FullSpeedJvmProbe.class, args, Map.copyOf(System.getenv()));
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (args.length > 0 && args[0].equals("wait")) {
            // The parent's own output pipe may close before this is read: say it in a file when given.
            final java.nio.file.Path said = args.length > 1 ? java.nio.file.Path.of(args[1]) : null;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (said != null) {
                        java.nio.file.Files.writeString(said, "stopped cleanly");
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        // Said only once the hook is in place: the test sends SIGTERM as soon as it reads this line.
        System.out.println("compiles=" + FullSpeedJvm.compilesHugeMethods().orElse(false) + " child="
                + Boolean.getBoolean(FullSpeedJvm.CHILD_PROPERTY) + " pid=" + ProcessHandle.current().pid()
                + " args=" + String.join(",", args) + " " + g1());
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            new CountDownLatch(1).await();
        }
        System.exit(3);
    }

    private static String g1() {
        final com.sun.management.HotSpotDiagnosticMXBean hotspot = java.lang.management.ManagementFactory
                .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        return "adaptiveIhop=" + hotspot.getVMOption("G1UseAdaptiveIHOP").getValue() + " ihop="
                + hotspot.getVMOption("InitiatingHeapOccupancyPercent").getValue();
    }
}
