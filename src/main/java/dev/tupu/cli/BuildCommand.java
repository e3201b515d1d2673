package dev.tupu.cli;

import dev.tupu.extract.Pipelines;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.service.CorpusBuilder;
import dev.tupu.service.IngestService;
import dev.tupu.service.LazyExtractor;
import dev.tupu.store.GraphStore;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts entities and relations from .txt and .md files (UTF-8) into the store, using every "
                + "core. Building a file again replaces its named graph; a file whose text is unchanged since the "
                + "last build is skipped.",
        footer = {"", "Examples:", "  tupu build --input seeds", "  tupu build --input article.txt --store /tmp/kg",
                "  tupu build --input news/ --threads 4 --force",
                "  tupu build --input news/2024-05-01/ --date 2024-05-01",
                "  tupu build --input seeds --store http://127.0.0.1:3030/ds --token SECRET"})
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH", description = "a file, or a directory to walk")
    Path input;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--threads", paramLabel = "N",
            description = "extraction threads (default: the number of cores, ${sys:tupu.cores})")
    Integer threads;

    @Option(names = "--batch", defaultValue = "10000", paramLabel = "DOCS",
            description = "documents per write transaction at most (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--force", description = "re-extract every file, even those unchanged since the last build")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "the date of the documents (when they were published), for every file whose front matter "
                    + "gives no date: relative times such as 去年 or 今年初 resolve against it")
    LocalDate date;

    @Override
    public Integer call() {
        CorpusBuilder.Options defaults = CorpusBuilder.Options.defaults();
        CorpusBuilder.Options options = new CorpusBuilder.Options(threads == null ? defaults.threads() : threads,
                batch, defaults.batchTriples(), force, date);
        try (GraphStore store = storeOption.open()) {
            Pipelines pipelines = new Pipelines();
            // The builder extracts with one pipeline per thread; this one would only serve single ingests.
            IngestService ingest = new IngestService(new LazyExtractor(pipelines::newPipeline), new GraphMapper(), store,
                    Clock.systemUTC());
            CorpusBuilder builder = new CorpusBuilder(pipelines::newPipeline, ingest, store);
            CorpusBuilder.Summary summary;
            if (System.console() != null && java.nio.file.Files.isDirectory(input)) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setUnit(" docs", 1).showSpeed()
                        .setStyle(ProgressBarStyle.ASCII).build()) {
                    summary = builder.build(input, options, new CorpusBuilder.Progress() {
                        @Override
                        public void started(int documents) {
                            bar.maxHint(documents);
                        }

                        @Override
                        public void documentDone(long characters) {
                            bar.step();
                        }
                    });
                }
            } else {
                // Not on a terminal (a log, a test): a line on standard error for each committed batch, not a bar.
                summary = builder.build(input, options, new CorpusBuilder.Progress() {
                    private int total;
                    private int done;

                    @Override
                    public void started(int documents) {
                        total = documents;
                    }

                    @Override
                    public void documentDone(long characters) {
                        done++;
                    }

                    @Override
                    public void batchStored(int documents, long triples) {
                        System.err.printf("committed %d documents (%,d triples); %d of %d documents done%n",
                                documents, triples, done, total);
                        System.err.flush();
                    }
                });
            }
            summary.failures().forEach(f -> System.err.println("failed: " + f));
            double seconds = Math.max(summary.millis(), 1) / 1000.0;
            System.out.printf("built %d documents (%d failed): %d entities, %d relations; store holds %d triples; %.1f s%n",
                    summary.built(), summary.failures().size(), summary.entities(), summary.relations(),
                    summary.storeTriples(), seconds);
            System.out.printf("  %d unchanged since the last build, skipped%n", summary.unchanged());
            System.out.printf("  %,.0f chars/s, %,.1f docs/s, %,.0f triples/s written (%,d triples; %.1f s in write "
                            + "transactions); %d extraction threads%n",
                    summary.characters() / seconds, summary.documents() / seconds, summary.triplesWritten() / seconds,
                    summary.triplesWritten(), summary.writeMillis() / 1000.0, options.threads());
            return summary.failures().isEmpty() ? 0 : Main.PARTIAL_FAILURE;
        }
    }
}
