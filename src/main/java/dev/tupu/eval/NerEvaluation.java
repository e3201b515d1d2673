package dev.tupu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.extract.Pipeline;
import dev.tupu.model.Mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span NER scoring on span-annotated JSON lines ({@code {"text", "entities":[{"start","end","type"}]}}):
 * a predicted mention counts when its span and its vocabulary class (Person, Place, Organization, Project) equal a
 * gold entity's. Only the classes the gold file uses are scored (a Project is not a false positive against a corpus
 * that annotates no projects).
 */
public final class NerEvaluation {
    private final ObjectMapper json = new ObjectMapper();

    /** The scores of one run: micro over all types, and per type. */
    public record Result(Score micro, Map<String, Score> byType, int texts, long chars, long millis) {
        public double charsPerSecond() {
            return millis == 0 ? 0 : chars * 1000.0 / millis;
        }
    }

    record Span(int start, int end, String type) {
    }

    public Result evaluate(Path gold, Pipeline pipeline, int limit) throws IOException {
        Map<String, Score> byType = new LinkedHashMap<>();
        int texts = 0;
        long chars = 0;
        long millis = 0;
        List<String> lines;
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            lines = reader.lines().filter(l -> !l.isBlank()).limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
        }
        Set<String> scoredTypes = new HashSet<>();
        for (String line : lines) {
            for (JsonNode e : json.readTree(line).get("entities")) {
                scoredTypes.add(e.get("type").asText());
            }
        }
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            String text = node.get("text").asText();
            Set<Span> expected = new HashSet<>();
            for (JsonNode e : node.get("entities")) {
                expected.add(new Span(e.get("start").asInt(), e.get("end").asInt(), e.get("type").asText()));
            }
            long started = System.nanoTime();
            List<Mention> mentions = pipeline.extract(text).mentions();
            millis += (System.nanoTime() - started) / 1_000_000;
            Set<Span> predicted = new HashSet<>();
            for (Mention m : mentions) {
                String type = m.type().core().localName();
                if (scoredTypes.contains(type)) {
                    predicted.add(new Span(m.start(), m.end(), type));
                }
            }
            for (String type : scoredTypes) {
                int tp = 0;
                int fp = 0;
                for (Span p : predicted) {
                    if (p.type().equals(type)) {
                        if (expected.contains(p)) {
                            tp++;
                        } else {
                            fp++;
                        }
                    }
                }
                int fn = (int) expected.stream().filter(g -> g.type().equals(type) && !predicted.contains(g)).count();
                byType.merge(type, new Score(tp, fp, fn), Score::plus);
            }
            texts++;
            chars += text.length();
        }
        Score micro = byType.values().stream().reduce(Score.ZERO, Score::plus);
        return new Result(micro, byType, texts, chars, millis);
    }
}
