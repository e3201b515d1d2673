package dev.tupu.cli;

import dev.tupu.eval.GoldGraph;
import dev.tupu.eval.GraphEvaluation;
import dev.tupu.eval.NerEvaluation;
import dev.tupu.eval.Score;
import dev.tupu.extract.Pipelines;
import dev.tupu.service.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the extractor: 'ner' on span-annotated JSON lines (exact spans, micro and per-type "
                + "F1); 'graph' on a document against its hand-made gold (entities and relations, with the misses "
                + "and false positives).",
        footer = {"", "Examples:",
                "  tupu eval ner target/training/test-ner.jsonl",
                "  tupu eval ner target/training/test-ner.jsonl --recognition hmm --no-lexicons",
                "  tupu eval graph src/test/resources/gold/seed/000_f81e6ebb9362b9de.json"})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ner|graph")
    String what;

    @Parameters(index = "1", paramLabel = "GOLD", description = "JSON lines (ner) or a gold graph JSON file (graph)")
    Path gold;

    @Option(names = "--recognition", defaultValue = "perceptron",
            description = "hmm, perceptron or perceptron_hmm (default: ${DEFAULT-VALUE})")
    String recognition;

    @Option(names = "--no-lexicons", description = "leave the lexicons out, to measure what they add")
    boolean noLexicons;

    @Option(names = "--limit", defaultValue = "0", description = "score only the first N lines (ner)")
    int limit;

    @Override
    public Integer call() throws Exception {
        var pipeline = new Pipelines().newPipeline(Pipelines.Recognition.parse(recognition), !noLexicons);
        switch (what) {
            case "ner" -> {
                NerEvaluation.Result r = new NerEvaluation().evaluate(gold, pipeline, limit);
                System.out.printf("NER %s, lexicons %s: %d texts, %d chars, %.0f chars/s%n", recognition,
                        noLexicons ? "off" : "on", r.texts(), r.chars(), r.charsPerSecond());
                System.out.println("micro      " + r.micro());
                print(r.byType());
            }
            case "graph" -> {
                GoldGraph g = GoldGraph.read(gold);
                var x = pipeline.extract(DocumentReader.read(Path.of(g.document())));
                GraphEvaluation.Result r = new GraphEvaluation().evaluate(g, x);
                System.out.println("entities   " + r.entities());
                print(r.entitiesByType());
                System.out.println("relations  " + r.relations());
                print(r.relationsByPredicate());
                r.missedEntities().forEach(e -> System.out.println("missed entity    " + e));
                r.wrongEntities().forEach(e -> System.out.println("wrong entity     " + e));
                r.missedRelations().forEach(e -> System.out.println("missed relation  " + e.replace('\t', ' ')));
                r.wrongRelations().forEach(e -> System.out.println("wrong relation   " + e.replace('\t', ' ')));
            }
            default -> throw new dev.tupu.service.InvalidRequestException("eval ner or eval graph, not '" + what + "'");
        }
        return 0;
    }

    private static void print(Map<String, Score> scores) {
        scores.forEach((k, v) -> System.out.printf("  %-18s %s%n", k, v));
    }
}
