package dev.tupu.eval;

import dev.tupu.extract.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the extractor on a gold file or a folder of them ({@code *.json}, searched recursively, in name order):
 * each document is extracted (with its date, when the gold gives one) and scored by {@link GraphEvaluation}; the
 * totals are micro-averaged (counts summed over documents).
 */
public final class GoldSetEvaluation {

    /** One document's result. */
    public record Document(Path gold, GoldGraph graph, GraphEvaluation.Result result) {
    }

    /** Every document's result and the micro-averaged totals. */
    public record Result(List<Document> documents, Score entities, Map<String, Score> entitiesByType,
                         RelationScore relations, Map<String, RelationScore> relationsByPredicate, Score time) {
    }

    /** The gold files at {@code path}: the file itself, or every {@code .json} under the folder. */
    public static List<Path> goldFiles(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    public Result evaluate(Path path, Extractor extractor) throws IOException {
        return evaluate(List.of(path), extractor);
    }

    /** Scores every gold file of {@code paths} together (files, or folders of them). */
    public Result evaluate(List<Path> paths, Extractor extractor) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(goldFiles(path));
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            GoldGraph gold = GoldGraph.read(file);
            String text = Files.readString(Path.of(gold.document()), StandardCharsets.UTF_8);
            documents.add(new Document(file, gold,
                    new GraphEvaluation().evaluate(gold, extractor.extract(text, gold.date()))));
        }
        Score entities = Score.ZERO;
        Map<String, Score> entitiesByType = new TreeMap<>();
        RelationScore relations = RelationScore.ZERO;
        Map<String, RelationScore> relationsByPredicate = new TreeMap<>();
        Score time = Score.ZERO;
        for (Document d : documents) {
            GraphEvaluation.Result r = d.result();
            entities = entities.plus(r.entities());
            r.entitiesByType().forEach((k, v) -> entitiesByType.merge(k, v, Score::plus));
            relations = relations.plus(r.relations());
            r.relationsByPredicate().forEach((k, v) -> relationsByPredicate.merge(k, v, RelationScore::plus));
            time = time.plus(r.time());
        }
        return new Result(documents, entities, entitiesByType, relations, relationsByPredicate, time);
    }
}
