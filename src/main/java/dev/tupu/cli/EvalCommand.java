package dev.tupu.cli;

import dev.tupu.eval.GoldSetEvaluation;
import dev.tupu.eval.GraphEvaluation;
import dev.tupu.eval.NerEvaluation;
import dev.tupu.eval.RelationEvaluation;
import dev.tupu.eval.Score;
import dev.tupu.extract.Pipelines;
import dev.tupu.extract.relations.RelationClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the extractor: 'ner' on span-annotated JSON lines (exact spans, micro and per-type "
                + "F1); 'graph' on a gold file or a folder of them (entities, relations, time; micro-averaged, with "
                + "the misses and false positives); 'relations' on sentence-level relation data as 'tupu train' "
                + "writes DuIE's and FinRE's held-out parts (exact names, overlapping spans, annotated pairs).",
        footer = {"", "Examples:",
                "  tupu eval ner target/training/test-ner.jsonl",
                "  tupu eval ner target/training/test-ner.jsonl --recognition hmm --no-lexicons",
                "  tupu eval graph src/test/resources/gold/seed/000_f81e6ebb9362b9de.json",
                "  tupu eval graph src/test/resources/gold/dev --quiet",
                "  tupu eval graph src/test/resources/gold/seed src/test/resources/gold/dev --quiet",
                "  tupu eval relations target/training/re/duie.jsonl"})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ner|graph|relations")
    String what;

    @Parameters(index = "1", paramLabel = "GOLD",
            description = "JSON lines (ner, relations); a gold graph JSON file or a folder of them (graph: micro-averaged)")
    Path gold;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "MORE",
            description = "graph: more gold files or folders, scored together with the first")
    java.util.List<Path> more = new java.util.ArrayList<>();

    @Option(names = "--recognition", defaultValue = "tagger",
            description = "hmm, perceptron, perceptron_hmm or tagger (default: ${DEFAULT-VALUE})")
    String recognition;

    @Option(names = "--no-lexicons", description = "leave the lexicons out, to measure what they add")
    boolean noLexicons;

    @Option(names = "--no-learned-relations", description = "relations from the rules only, to measure what the "
            + "learned classifier adds")
    boolean noLearnedRelations;

    @Option(names = "--name-style", defaultValue = Pipelines.ARTICLE_NAME_STYLE, paramLabel = "STYLE",
            description = "the name tagger's annotation style to read names in: a training corpus's (pd98, msra, "
                    + "cluener, weibo, resume, duie; score a held-out part in its own: People's Daily NER in msra's), "
                    + "'mean' (the corpora's on average: the one for articles, the default) or 'shared'")
    String nameStyle;

    @Option(names = "--limit", defaultValue = "0", description = "score only the first N lines (ner)")
    int limit;

    @Option(names = "--quiet", description = "figures only, without the list of misses (graph)")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        var pipeline = new Pipelines().withNameStyle(nameStyle).newPipeline(
                Pipelines.Recognition.parse(recognition), !noLexicons,
                !noLearnedRelations && RelationClassifier.available());
        switch (what) {
            case "ner" -> {
                NerEvaluation.Result r = new NerEvaluation().evaluate(gold, pipeline, limit);
                System.out.printf("NER %s, lexicons %s: %d texts, %d chars, %.0f chars/s%n", recognition,
                        noLexicons ? "off" : "on", r.texts(), r.chars(), r.charsPerSecond());
                System.out.println("micro      " + r.micro());
                print(r.byType());
            }
            case "graph" -> {
                java.util.List<Path> golds = new java.util.ArrayList<>(java.util.List.of(gold));
                golds.addAll(more);
                GoldSetEvaluation.Result r = new GoldSetEvaluation().evaluate(golds, pipeline);
                if (r.documents().size() > 1) {
                    for (GoldSetEvaluation.Document d : r.documents()) {
                        System.out.printf("%-52s entities P %.2f R %.2f   relations P %.2f R %.2f%n",
                                d.gold().getFileName(), d.result().entities().precision(),
                                d.result().entities().recall(), d.result().relations().precision(),
                                d.result().relations().recall());
                    }
                }
                System.out.println("entities   " + r.entities());
                print(r.entitiesByType());
                System.out.println("relations  " + r.relations());
                r.relationsByPredicate().forEach((k, v) -> System.out.printf("  %-18s %s%n", k, v));
                System.out.println("time       " + r.time());
                if (!quiet) {
                    for (GoldSetEvaluation.Document d : r.documents()) {
                        String name = r.documents().size() > 1 ? d.gold().getFileName() + ": " : "";
                        GraphEvaluation.Result x = d.result();
                        x.missedEntities().forEach(e -> System.out.println("missed entity    " + name + e));
                        x.wrongEntities().forEach(e -> System.out.println("wrong entity     " + name + e));
                        x.missedRelations().forEach(e -> System.out.println("missed relation  " + name + e.replace('\t', ' ')));
                        x.wrongRelations().forEach(e -> System.out.println("wrong relation   " + name + e.replace('\t', ' ')));
                        x.missedTimes().forEach(e -> System.out.println("missed time      " + name + e));
                        x.wrongTimes().forEach(e -> System.out.println("wrong time       " + name + e));
                    }
                }
            }
            case "relations" -> {
                java.util.Set<String> scored = new java.util.TreeSet<>();
                var json = new com.fasterxml.jackson.databind.ObjectMapper();
                for (String line : java.nio.file.Files.readAllLines(gold)) {
                    if (!line.isBlank()) {
                        json.readTree(line).get("relations").forEach(r -> scored.add(r.get("predicate").asText()));
                    }
                }
                RelationEvaluation.Result r = new RelationEvaluation().evaluate(gold, pipeline, scored);
                System.out.printf("%d sentences; scored: %s%n", r.sentences(), scored);
                System.out.println("exact names        " + r.micro());
                System.out.println("overlapping spans  " + r.overlap());
                System.out.println("annotated pairs    " + r.annotatedPairs());
                r.bySource().forEach((k, v) -> System.out.printf("  %-10s recall %.4f (%d of %d)%n", k, v.recall(),
                        v.truePositives(), v.truePositives() + v.falseNegatives()));
            }
            default -> throw new dev.tupu.service.InvalidRequestException(
                    "eval ner, eval graph or eval relations, not '" + what + "'");
        }
        return 0;
    }

    private static void print(Map<String, Score> scores) {
        scores.forEach((k, v) -> System.out.printf("  %-18s %s%n", k, v));
    }
}
