package io.lexroute.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the child's merged stdout and stderr for its whole life: it must keep draining the pipe, or the
 * child blocks once the pipe buffer is full. Remembers the last lines to explain a failed start, and hands
 * the child's replies to commands to whoever awaits them.
 */
final class ChildOutput {

    private static final int REMEMBERED_LINES = 200;

    private final Deque<String> lastLines = new ArrayDeque<>();
    private final CompletableFuture<ReadyLine> ready = new CompletableFuture<>();
    private final Consumer<String> echo;
    private AwaitedLine awaited;

    private ChildOutput(Consumer<String> echo) {
        this.echo = echo;
    }

    static ChildOutput follow(InputStream output, Consumer<String> echo) {
        ChildOutput childOutput = new ChildOutput(echo);
        Thread reader = new Thread(() -> childOutput.readAll(output), "local-stack-output");
        reader.setDaemon(true);
        reader.start();
        return childOutput;
    }

    CompletableFuture<ReadyLine> ready() {
        return ready;
    }

    /** The next line that matches, from now on; call it before sending what the line answers. */
    synchronized CompletableFuture<String> nextLine(Predicate<String> matching) {
        awaited = new AwaitedLine(matching, new CompletableFuture<>());
        return awaited.line();
    }

    synchronized String lastLines() {
        return String.join(System.lineSeparator(), lastLines);
    }

    private void readAll(InputStream output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                accept(line);
            }
        } catch (IOException e) {
            accept("(reading the local stack's output failed: " + e + ")");
        }
        ready.completeExceptionally(new IllegalStateException("The local stack ended its output before it was ready"));
        synchronized (this) {
            if (awaited != null) {
                awaited.line().completeExceptionally(new IllegalStateException("The local stack ended its output"));
            }
        }
    }

    private void accept(String line) {
        remember(line);
        echo.accept(line);
        if (!ready.isDone()) {
            ReadyLine.parse(line).ifPresent(ready::complete);
        }
        answer(line);
    }

    private synchronized void answer(String line) {
        if (awaited != null && awaited.matching().test(line)) {
            awaited.line().complete(line);
            awaited = null;
        }
    }

    private synchronized void remember(String line) {
        if (lastLines.size() == REMEMBERED_LINES) {
            lastLines.removeFirst();
        }
        lastLines.addLast(line);
    }

    private record AwaitedLine(Predicate<String> matching, CompletableFuture<String> line) {
    }
}
