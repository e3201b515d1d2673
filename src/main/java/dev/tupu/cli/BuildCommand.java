package dev.tupu.cli;

import dev.tupu.extract.Pipelines;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.service.DocumentReader;
import dev.tupu.service.IngestService;
import dev.tupu.store.GraphStore;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts entities and relations from .txt and .md files (UTF-8) into the TDB2 store. "
                + "Building a file again replaces its named graph.",
        footer = {"", "Examples:", "  tupu build --input seeds", "  tupu build --input article.txt --store /tmp/kg"})
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH", description = "a file, or a directory to walk")
    Path input;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        var files = DocumentReader.files(input);
        try (GraphStore store = storeOption.open()) {
            IngestService ingest = new IngestService(new Pipelines().newPipeline(), new GraphMapper(), store,
                    Clock.systemUTC());
            IngestService.Summary summary;
            if (System.console() != null && files.size() > 1) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(files.size())
                        .setStyle(ProgressBarStyle.ASCII).build()) {
                    summary = ingest.build(input, f -> bar.step());
                }
            } else {
                summary = ingest.build(input, f -> { });
            }
            summary.failures().forEach(f -> System.err.println("failed: " + f));
            System.out.printf("built %d documents (%d failed): %d entities, %d relations; store holds %d triples; %.1f s%n",
                    summary.ingested().size(), summary.failures().size(), summary.entities(), summary.relations(),
                    summary.storeTriples(), summary.millis() / 1000.0);
            return summary.failures().isEmpty() ? 0 : Main.PARTIAL_FAILURE;
        }
    }
}
