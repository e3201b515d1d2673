package dev.tupu.cli;

import dev.tupu.store.BulkLoader;
import dev.tupu.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bulk-loads N-Quads (or TriG) files, such as the Spark job's output (bin/tupu-spark) or "
                + "'tupu export --format nquads', into the store: each named graph is a document, and a document "
                + "already stored is replaced, as 'build' replaces it. Every file is parsed whole first: a malformed "
                + "file is reported with its line and none of it is loaded. A TDB2 store is written with Jena's "
                + "TDB2 bulk loader, one transaction a batch, so a crash leaves each document whole or absent and "
                + "loading again completes the store (documents already loaded are skipped). A remote store gets "
                + "each batch's new documents in one request and each stored one replaced by a Graph Store PUT.",
        footer = {"", "Examples:", "  tupu load --input out/quads", "  tupu load --input out --store /srv/kg",
                "  tupu load --input graph.nq.gz --store http://127.0.0.1:3030/ds"})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE_OR_DIR",
            description = "an N-Quads or TriG file (.nq, .nquads, .trig, optionally .gz or .bz2), or a directory "
                    + "walked for them (the job's manifest and failure lists are not data and are passed over)")
    Path input;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--batch", defaultValue = "100000", paramLabel = "DOCS",
            description = "documents per write transaction at most; a batch holds whole files. Larger batches load "
                    + "faster into a smaller store (the first batch into an empty store builds its indexes by "
                    + "sorting); a crash loses at most the batch under way (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--loader", defaultValue = "sequential", paramLabel = "KIND",
            description = "Jena's TDB2 loader: sequential (default) or basic, both transactional through a crash; "
                    + "phased or parallel, faster into a fresh store on many cores but a crash while they finish can "
                    + "damage the store")
    String loader;

    @Override
    public Integer call() {
        BulkLoader.Options options;
        try {
            options = new BulkLoader.Options(batch, BulkLoader.Loader.parse(loader));
        } catch (IllegalArgumentException e) {
            throw new dev.tupu.service.InvalidRequestException(e.getMessage());
        }
        try (GraphStore store = storeOption.open()) {
            BulkLoader.Summary summary;
            try {
                summary = new BulkLoader(store).load(input, options, (n, batches, graphs, quads) -> {
                    System.err.printf("committed batch %d of %d: %,d documents, %,d quads%n", n, batches, graphs, quads);
                    System.err.flush();
                });
            } catch (IllegalArgumentException e) {
                throw new dev.tupu.service.InvalidRequestException(e.getMessage());
            }
            summary.failures().forEach(f -> System.err.println("failed: " + f));
            double seconds = Math.max(summary.millis(), 1) / 1000.0;
            System.out.printf("loaded %d documents from %d files (%d failed): %d new, %d replaced, %d already stored "
                            + "and skipped; %.1f s%n",
                    summary.loaded() + summary.replaced(), summary.files(), summary.failures().size(), summary.loaded(),
                    summary.replaced(), summary.unchanged(), seconds);
            System.out.printf("  %,d quads written, %,.0f quads/s%n", summary.quads(), summary.quads() / seconds);
            return summary.failures().isEmpty() ? 0 : Main.PARTIAL_FAILURE;
        }
    }
}
