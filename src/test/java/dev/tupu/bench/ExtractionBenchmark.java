package dev.tupu.bench;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.extract.hanlp.FactoredViterbiPerceptron;
import dev.tupu.extract.hanlp.HanlpBaselines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Single-thread extraction throughput, in one JMH run: tupu's whole pipeline against HanLP's perceptron NER
 * segmenter alone (the same models) on the same sentences, decoded as HanLP does and as tupu does
 * ({@code FactoredViterbiPerceptron}). One operation is one pass over the sample; bench/jmh.sh
 * turns operations per second into characters per second and prints the ratio (the pipeline's overhead).
 * The sample: the first {@code tupu.bench.paragraphs} (default 2,000) lines of bench/corpus/paragraphs.txt
 * ('tupu corpus' writes it), or seeds/ when that is missing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ExtractionBenchmark {
    private List<String> sample;
    private Pipeline pipeline;
    private Consumer<String> hanlp;
    private Consumer<String> hanlpFactored;

    @Setup
    public void load() throws IOException {
        sample = sample();
        pipeline = new Pipelines().newPipeline();
        hanlp = HanlpBaselines.perceptron();
        hanlpFactored = HanlpBaselines.perceptronFactored();
    }

    static List<String> sample() throws IOException {
        Path paragraphs = Path.of("bench/corpus/paragraphs.txt");
        int size = Integer.getInteger("tupu.bench.paragraphs", 2000);
        if (Files.isRegularFile(paragraphs)) {
            try (var lines = Files.lines(paragraphs, StandardCharsets.UTF_8)) {
                return lines.filter(l -> !l.isBlank()).limit(size).toList();
            }
        }
        try (var files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Benchmark
    public void tupuPipeline(Blackhole sink) {
        for (String text : sample) {
            sink.consume(pipeline.extract(text));
        }
    }

    @Benchmark
    public void hanlpPerceptronNer(Blackhole sink) {
        for (String text : sample) {
            hanlp.accept(text);
        }
        sink.consume(sample.size());
    }

    @Benchmark
    public void hanlpPerceptronNerFactored(Blackhole sink) {
        for (String text : sample) {
            hanlpFactored.accept(text);
        }
        sink.consume(sample.size());
    }

    /** Characters in one pass over the sample, to turn operations/s into characters/s. */
    public static void main(String[] args) throws IOException {
        System.out.println(sample().stream().mapToLong(String::length).sum());
    }
}
