package io.lexroute.testsupport;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers whether a Docker engine answers, giving up after a bounded time. */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean engineAnswers(Duration timeout) {
        FutureTask<Boolean> probe = new FutureTask<>(() -> DockerClientFactory.instance().isDockerAvailable());
        // A daemon thread, so that a probe stuck on a dead socket can neither block us nor keep the JVM alive.
        Thread thread = new Thread(probe, "docker-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return false;
        } catch (ExecutionException | CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
