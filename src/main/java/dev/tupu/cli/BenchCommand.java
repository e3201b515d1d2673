package dev.tupu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.extract.hanlp.HanlpBaselines;
import dev.tupu.service.DocumentReader;
import dev.tupu.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction speed, single thread: characters per second of tupu's whole pipeline "
                + "(what 'extract' runs) and of HanLP's own NER segmenters on the same texts, in one run, with "
                + "rounds interleaved so the machine's noise falls on all alike; prints the ratios.",
        footer = {"", "Examples:", "  tupu bench --input seeds", "  tupu bench --input target/training/test-ner.jsonl --rounds 3"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", defaultValue = "seeds", paramLabel = "PATH",
            description = ".txt/.md files (a file or directory), or JSON lines with a \"text\" field (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "unmeasured rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--only", paramLabel = "WHICH",
            description = "measure one side only, for whole-process timing: tupu, hanlp (the perceptron NER as HanLP "
                    + "decodes it), hanlp-factored (the same, decoded as tupu does) or hmm")
    String only;

    @Option(names = "--write", paramLabel = "FILE.nq",
            description = "instead: store the quads of an N-Quads file (e.g. 'tupu export --format nquads') in a fresh "
                    + "TDB2 store through the build's write path (one named graph per document, batches of --batch "
                    + "documents a transaction) and print quads/s")
    Path write;

    @Option(names = "--batch", defaultValue = "10000", description = "documents per write transaction with --write")
    int batch;

    /** What can be measured: {@code --only NAME} picks one; the first is the one the others are compared with. */
    private record Side(String name, String label, Supplier<Consumer<String>> runner) {
    }

    private static final List<Side> SIDES = List.of(
            new Side("tupu", "tupu extract (whole pipeline)", () -> {
                Pipeline pipeline = new Pipelines().newPipeline();
                return pipeline::extract;
            }),
            new Side("hanlp", "HanLP perceptron NER (same models)", HanlpBaselines::perceptron),
            new Side("hanlp-factored", "HanLP perceptron NER, tupu's decoding", HanlpBaselines::perceptronFactored),
            new Side("hmm", "HanLP HMM NER segmenter", HanlpBaselines::hmm));

    @Override
    public Integer call() throws Exception {
        if (write != null) {
            return StoreBenchmark.run(write, batch, dev.tupu.ontology.Tupu.PREFIXES);
        }
        List<String> texts = texts(input);
        long chars = texts.stream().mapToLong(String::length).sum();
        Map<String, Consumer<String>> runners = new LinkedHashMap<>();
        for (Side side : SIDES) {
            if (only == null || only.equals(side.name())) {
                runners.put(side.label(), side.runner().get());
            }
        }
        if (runners.isEmpty()) {
            throw new dev.tupu.service.InvalidRequestException("--only must be one of "
                    + SIDES.stream().map(Side::name).toList() + ", not '" + only + "'");
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        runners.keySet().forEach(k -> nanos.put(k, 0L));
        for (int round = 0; round < warmup + rounds; round++) {
            for (var runner : runners.entrySet()) {
                long started = System.nanoTime();
                texts.forEach(runner.getValue());
                if (round >= warmup) {
                    nanos.merge(runner.getKey(), System.nanoTime() - started, Long::sum);
                }
            }
        }
        System.out.printf("%d texts, %d chars, %d rounds after %d warm-up, single thread%n", texts.size(), chars,
                rounds, warmup);
        Long tupuNanos = nanos.get(SIDES.get(0).label());
        for (var e : nanos.entrySet()) {
            double speed = charsPerSecond(chars, e.getValue());
            System.out.printf("  %-36s %,10.0f chars/s", e.getKey(), speed);
            System.out.println(tupuNanos == null ? "" : String.format("   tupu/this = %.2f", charsPerSecond(chars, tupuNanos) / speed));
        }
        return 0;
    }

    private double charsPerSecond(long chars, long nanos) {
        return chars * (double) rounds * 1e9 / nanos;
    }

    private static List<String> texts(Path input) throws Exception {
        if (Files.isRegularFile(input) && input.toString().endsWith("paragraphs.txt")) {
            return Files.readAllLines(input, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        }
        if (Files.isRegularFile(input) && input.toString().endsWith(".jsonl")) {
            ObjectMapper json = new ObjectMapper();
            List<String> texts = new ArrayList<>();
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                JsonNode node = json.readTree(line);
                texts.add(node.get("text").asText());
            }
            return texts;
        }
        List<String> texts = new ArrayList<>();
        for (Path file : DocumentReader.files(input)) {
            texts.add(DocumentReader.read(file));
        }
        return texts;
    }
}
