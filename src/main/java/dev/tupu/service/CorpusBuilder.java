package dev.tupu.service;

import dev.tupu.extract.Extractor;
import dev.tupu.model.Extraction;
import dev.tupu.ontology.Iris;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.store.GraphStore;
import dev.tupu.support.Version;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds the graph of a folder of documents as fast as the machine allows, in flat memory:
 * <ul>
 *   <li>a feeder thread walks the files and hands each to a pool of extraction threads, one pipeline per thread
 *       (HanLP's segmenters keep per-instance state); it blocks when {@link Options#queueCapacity()} documents are in
 *       flight, so memory does not grow with the corpus;</li>
 *   <li>the calling thread takes the results in input order and batches them; a writer thread stores each batch in
 *       one write transaction (a TDB2 commit syncs to disk, so one per document would bound the speed) while the
 *       next batch fills;</li>
 *   <li>a document whose text and extractor are unchanged since the last build is skipped; a changed one replaces
 *       its named graph.</li>
 * </ul>
 * Each document's graph is whole or absent after a crash: a batch commits or vanishes as one.
 */
public final class CorpusBuilder {
    private final Supplier<Extractor> pipelines;
    private final IngestService ingest;
    private final GraphStore store;

    /**
     * @param threads         extraction threads
     * @param batchDocuments  at most this many documents per write transaction
     * @param batchTriples    ... or at most about this many triples
     * @param force           re-extract every document, changed or not
     * @param date            the date of every document that gives none of its own (front matter), or null
     */
    public record Options(int threads, int batchDocuments, int batchTriples, boolean force, LocalDate date) {
        public Options {
            if (threads < 1 || batchDocuments < 1 || batchTriples < 1) {
                throw new InvalidRequestException("threads and batch sizes must be at least 1");
            }
        }

        /** Without a date for the documents. */
        public Options(int threads, int batchDocuments, int batchTriples, boolean force) {
            this(threads, batchDocuments, batchTriples, force, null);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 10_000, 100_000, false);
        }

        int queueCapacity() {
            return threads * 16;
        }
    }

    /** Told of each document once it is stored, skipped as unchanged, or failed, and of each batch committed. */
    public interface Progress {
        Progress NONE = characters -> { };

        /** Told once, before any document, how many documents the build will go through. */
        default void started(int documents) {
        }

        void documentDone(long characters);

        /** Told after each write transaction has committed: {@code documents} are now in the store for good. */
        default void batchStored(int documents, long triples) {
        }
    }

    /** What a build did. {@code writeMillis} is the time spent in write transactions. */
    public record Summary(int built, int unchanged, List<String> failures, int entities, long relations,
                          long characters, long triplesWritten, long storeTriples, long millis, long writeMillis) {
        public int documents() {
            return built + unchanged;
        }
    }

    public CorpusBuilder(Supplier<Extractor> pipelines, IngestService ingest, GraphStore store) {
        this.pipelines = pipelines;
        this.ingest = ingest;
        this.store = store;
    }

    /** The result of one file, in input order. */
    private sealed interface Outcome permits Extracted, Unchanged, Failed, End {
    }

    private record Extracted(GraphStore.GraphWrite write, Extraction extraction, long characters) implements Outcome {
    }

    private record Unchanged(long characters) implements Outcome {
    }

    private record Failed(String message) implements Outcome {
    }

    private record End() implements Outcome {
    }

    /** Builds every .txt and .md file of {@code input}; bad files are reported in the summary and skipped. */
    public Summary build(Path input, Options options, Progress progress) {
        long started = System.nanoTime();
        List<Path> files = DocumentReader.files(input);
        progress.started(files.size());
        Path root = (Files.isDirectory(input) ? input : input.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        Map<String, String> stored = store.documentFingerprints();
        BlockingQueue<Future<Outcome>> inFlight = new ArrayBlockingQueue<>(options.queueCapacity());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService extractors = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "tupu-extract-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Extractor> pipeline = ThreadLocal.withInitial(pipelines);
        Thread feeder = new Thread(() -> feed(files, root, stored, options, extractors, pipeline, inFlight), "tupu-feed");
        feeder.setDaemon(true);
        feeder.start();
        try {
            return write(inFlight, options, progress, started);
        } finally {
            feeder.interrupt();
            extractors.shutdownNow();
        }
    }

    private void feed(List<Path> files, Path root, Map<String, String> stored, Options options,
                      ExecutorService extractors, ThreadLocal<Extractor> pipeline, BlockingQueue<Future<Outcome>> inFlight) {
        try {
            for (Path file : files) {
                inFlight.put(extractors.submit(() -> extract(file, root, stored, options, pipeline.get())));
            }
            inFlight.put(CompletableFuture.completedFuture(new End()));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome extract(Path file, Path root, Map<String, String> stored, Options options, Extractor pipeline) {
        try {
            String sourcePath = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            String text = DocumentReader.read(file);
            LocalDate own = DocumentReader.date(file, text);
            LocalDate date = own != null ? own : options.date();
            String graph = Iris.document(IngestService.documentId(sourcePath));
            String previous = stored.get(graph);
            // Only a stored document can be unchanged: a new one is not hashed here (its graph hashes it once).
            if (!options.force() && previous != null && fingerprint(text, date).equals(previous)) {
                return new Unchanged(text.length());
            }
            IngestService.Prepared prepared = ingest.prepare(sourcePath, text, null, date, pipeline);
            return new Extracted(new GraphStore.GraphWrite(graph, prepared.model().getGraph(), previous != null),
                    prepared.extraction(), text.length());
        } catch (BadDocumentException e) {
            return new Failed(e.getMessage());
        } catch (RuntimeException e) {
            // A fault on one document must not cost the rest of the corpus: report it with the file.
            return new Failed(file + ": extraction failed: " + e);
        }
    }

    /** What {@link GraphStore#documentFingerprints()} reports for a document built from {@code text} now. */
    public static String fingerprint(String text, LocalDate date) {
        return GraphStore.fingerprint(GraphMapper.contentHash(text), Version.NAME, date == null ? "" : date.toString());
    }

    /**
     * Collects the outcomes in input order into batches and hands each full batch to a writer thread, so extraction
     * goes on while a batch is written: at most one batch is being written and one filling.
     */
    private Summary write(BlockingQueue<Future<Outcome>> inFlight, Options options, Progress progress, long started) {
        List<Extracted> batch = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        Tally tally = new Tally();
        long batchTriples = 0;
        long relations = 0;
        int unchanged = 0;
        long unchangedCharacters = 0;
        long batchOpened = System.nanoTime();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tupu-write");
            t.setDaemon(true);
            return t;
        });
        Future<?> writing = CompletableFuture.completedFuture(null);
        try {
            while (true) {
                Outcome outcome = next(inFlight);
                if (outcome instanceof Extracted e) {
                    if (batch.isEmpty()) {
                        batchOpened = System.nanoTime();
                    }
                    batch.add(e);
                    batchTriples += e.write().graph().size();
                    e.extraction().entities().keySet().forEach(entities::add);
                    relations += e.extraction().relations().size();
                } else if (outcome instanceof Unchanged u) {
                    unchanged++;
                    unchangedCharacters += u.characters();
                    progress.documentDone(u.characters());
                } else if (outcome instanceof Failed f) {
                    failures.add(f.message());
                    progress.documentDone(0);
                }
                boolean end = outcome instanceof End;
                // Also commit every two seconds, so a slow corpus still lands steadily and a crash loses little.
                boolean due = batch.size() >= options.batchDocuments() || batchTriples >= options.batchTriples()
                        || System.nanoTime() - batchOpened > TimeUnit.SECONDS.toNanos(2);
                if (!batch.isEmpty() && (end || due)) {
                    result(writing);
                    List<Extracted> full = List.copyOf(batch);
                    writing = writer.submit(() -> tally.write(store, full, progress));
                    batch.clear();
                    batchTriples = 0;
                }
                if (end) {
                    break;
                }
            }
            result(writing);
        } finally {
            writer.shutdownNow();
        }
        return new Summary(tally.built, unchanged, failures, entities.size(), relations,
                tally.characters + unchangedCharacters, tally.triples, store.tripleCount(),
                (System.nanoTime() - started) / 1_000_000, tally.writeNanos / 1_000_000);
    }

    /** What the writer thread stored; read by the collector only after awaiting the writer. */
    private static final class Tally {
        int built;
        long characters;
        long triples;
        long writeNanos;

        void write(GraphStore store, List<Extracted> batch, Progress progress) {
            long writeStarted = System.nanoTime();
            store.writeGraphs(batch.stream().map(Extracted::write).toList());
            writeNanos += System.nanoTime() - writeStarted;
            long batchTriples = 0;
            for (Extracted e : batch) {
                built++;
                characters += e.characters();
                batchTriples += e.write().graph().size();
                progress.documentDone(e.characters());
            }
            triples += batchTriples;
            progress.batchStored(batch.size(), batchTriples);
        }
    }

    private static Outcome next(BlockingQueue<Future<Outcome>> inFlight) {
        try {
            return result(inFlight.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    /** The future's value; a failure inside it is thrown here as it was thrown there. */
    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
