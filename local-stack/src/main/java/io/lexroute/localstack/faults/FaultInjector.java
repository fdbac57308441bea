package io.lexroute.localstack.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Breaks the system on schedule, one fault at a time, in its own thread while orders go in: each fault at its
 * offset from the start (or at once when the previous one took longer to recover than the gap).
 */
final class FaultInjector {

    private final LexRouteSystem system;
    private final FaultRunOptions options;
    private final Instant start;
    private final Consumer<String> progress;
    private final List<InjectedFault> injected = new ArrayList<>();
    private final Thread thread;

    private FaultInjector(LexRouteSystem system, FaultRunOptions options, Instant start, Consumer<String> progress) {
        this.system = system;
        this.options = options;
        this.start = start;
        this.progress = progress;
        this.thread = new Thread(this::injectAll, "fault-run-injector");
        thread.setDaemon(true);
    }

    static FaultInjector start(LexRouteSystem system, FaultRunOptions options, Instant start,
            Consumer<String> progress) {
        FaultInjector injector = new FaultInjector(system, options, start, progress);
        injector.thread.start();
        return injector;
    }

    /** Waits until every fault was injected and recovered from (or failed to). */
    List<InjectedFault> awaitAll() throws InterruptedException {
        thread.join();
        synchronized (injected) {
            return List.copyOf(injected);
        }
    }

    private void injectAll() {
        List<FaultTarget> faults = options.faults();
        for (int i = 0; i < faults.size(); i++) {
            FaultTarget target = faults.get(i);
            try {
                Times.sleepUntil(start.plus(options.faultOffset(i)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            InjectedFault fault = inject(target);
            synchronized (injected) {
                injected.add(fault);
            }
            progress.accept(String.format("%s %s at +%.1f s: %s", target.label(), target.action(),
                    Times.seconds(Duration.between(start, fault.injectedAt())),
                    fault.error().map(error -> "FAILED: " + error)
                            .orElse(String.format("serving again after %.1f s", Times.seconds(fault.downFor())))));
        }
    }

    private InjectedFault inject(FaultTarget target) {
        Instant at = Instant.now();
        try {
            system.inject(target);
            return new InjectedFault(target, at, Instant.now(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InjectedFault(target, at, Instant.now(), Optional.of("interrupted"));
        } catch (Exception e) {
            return new InjectedFault(target, at, Instant.now(), Optional.of(String.valueOf(e)));
        }
    }
}
