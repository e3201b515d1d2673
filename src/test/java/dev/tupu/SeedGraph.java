package dev.tupu;

import dev.tupu.extract.Pipelines;
import dev.tupu.ontology.Tupu;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.service.CorpusBuilder;
import dev.tupu.service.IngestService;
import dev.tupu.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The graph built from seeds/ into a TDB2 store on disk, built once per test JVM. */
public final class SeedGraph {
    public static final Path SEEDS = Path.of("seeds");
    private static GraphStore store;
    private static CorpusBuilder.Summary summary;
    private static Path directory;

    private SeedGraph() {
    }

    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                directory = Files.createTempDirectory("tupu-seed-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = GraphStore.open(directory.resolve("tdb2"), Tupu.PREFIXES);
            summary = build(store);
        }
        return store;
    }

    public static synchronized CorpusBuilder.Summary summary() {
        store();
        return summary;
    }

    /** Builds seeds/ into {@code target} as {@code tupu build} does. */
    public static CorpusBuilder.Summary build(GraphStore target) {
        Pipelines pipelines = new Pipelines();
        return new CorpusBuilder(pipelines::newPipeline, ingest(target), target)
                .build(SEEDS, CorpusBuilder.Options.defaults(), CorpusBuilder.Progress.NONE);
    }

    public static IngestService ingest(GraphStore target) {
        return new IngestService(new Pipelines().newPipeline(), new GraphMapper(), target, Clock.systemUTC());
    }
}
