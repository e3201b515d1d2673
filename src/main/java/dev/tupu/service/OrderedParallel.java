package dev.tupu.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Maps a stream of items on several threads and hands the results on in input order. At most {@code window}
 * items are in flight, so memory stays flat however long the stream.
 */
public final class OrderedParallel<I, O> {
    public interface Source<I> {
        /** The next item, or null at the end. */
        I next() throws IOException;

        /** Whether {@link #next} can answer without waiting for its producer. */
        boolean ready() throws IOException;
    }

    public interface Work<I, O> {
        O apply(I item) throws IOException;
    }

    public interface Sink<O> {
        void accept(O result) throws IOException;
    }

    public interface Idle {
        void run() throws IOException;
    }

    private final int threads;
    private final int window;

    public OrderedParallel(int threads, int window) {
        this.threads = threads;
        this.window = window;
    }

    /**
     * Runs to the end of {@code source}; {@code idle} runs after a result when no other is ready yet (to flush).
     * Items in flight are finished before waiting on a source that has nothing ready, so a caller feeding one line
     * at a time gets each answer before it sends the next.
     */
    public void run(Source<I> source, Work<I, O> work, Sink<O> sink, Idle idle) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tupu-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<O>> inFlight = new ArrayBlockingQueue<>(window);
        try {
            while (true) {
                if (!source.ready()) {
                    // The producer is waiting for answers (or slow): hand on everything before blocking on it.
                    while (!inFlight.isEmpty()) {
                        drainOne(inFlight, sink, idle);
                    }
                }
                I item = source.next();
                if (item == null) {
                    break;
                }
                if (inFlight.remainingCapacity() == 0) {
                    drainOne(inFlight, sink, idle);
                }
                inFlight.add(pool.submit(() -> work.apply(item)));
                while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
                    drainOne(inFlight, sink, idle);
                }
            }
            while (!inFlight.isEmpty()) {
                drainOne(inFlight, sink, idle);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void drainOne(BlockingQueue<Future<O>> inFlight, Sink<O> sink, Idle idle) throws IOException {
        try {
            sink.accept(inFlight.remove().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw cause instanceof RuntimeException r ? r : new UncheckedIOException(new IOException(cause));
        }
        if (inFlight.isEmpty() || !inFlight.peek().isDone()) {
            idle.run();
        }
    }
}
