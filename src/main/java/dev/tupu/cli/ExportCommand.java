package dev.tupu.cli;

import dev.tupu.service.ExportFormat;
import dev.tupu.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole graph: the union of all documents (turtle, ntriples, jsonld) or every "
                + "named graph (trig, nquads).",
        footer = {"", "Examples:", "  tupu export --format turtle --output graph.ttl", "  tupu export --format trig --output -"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, ntriples, jsonld, trig or nquads (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", defaultValue = "-", paramLabel = "FILE", description = "a file, or - for standard output (default)")
    String output;

    @Override
    public Integer call() throws IOException {
        ExportFormat parsed = ExportFormat.parse(format);
        try (GraphStore store = storeOption.open()) {
            if (output.equals("-")) {
                OutputStream out = new BufferedOutputStream(System.out);
                store.export(out, parsed.rdfFormat());
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(output)))) {
                    store.export(out, parsed.rdfFormat());
                }
            }
        }
        return 0;
    }
}
