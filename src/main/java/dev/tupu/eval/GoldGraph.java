package dev.tupu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made gold annotation of one document (format and rules: {@code src/test/resources/gold/GUIDELINES.md}):
 * every named entity (label, vocabulary class, other names used for it) and every relation the text states or
 * implies (subject label, relation, object label; explicit or inferred; the evidence sentence; its time, if dated).
 * <pre>{"document": "seeds/x.txt", "date": "2021-07-19",
 *  "entities": [{"label", "type", "class", "aliases": []}],
 *  "relations": [{"subject", "predicate", "object", "explicit", "evidence", "time": {"start", "end", "point", "text"}}]}</pre>
 *
 * @param date the document's publication date, or null when the source does not state it exactly
 */
public record GoldGraph(String document, LocalDate date, List<Entity> entities, List<Relation> relations) {

    public GoldGraph(String document, List<Entity> entities, List<Relation> relations) {
        this(document, null, entities, relations);
    }

    public record Entity(String label, String type, List<String> aliases) {
        List<String> names() {
            List<String> names = new ArrayList<>(aliases);
            names.add(0, label);
            return names;
        }
    }

    /**
     * One relation of the document.
     *
     * @param explicit true when one sentence states it; false when the reader concludes it
     * @param times    the times the text gives it ({@code point}, {@code start}, {@code end}), possibly none
     */
    public record Relation(String subject, String predicate, String object, boolean explicit, String evidence,
                           List<Time> times) {
        public Relation(String subject, String predicate, String object) {
            this(subject, predicate, object, true, "", List.of());
        }
    }

    /** A time the text gives a relation: its role, its value ({@code YYYY[-MM[-DD]]}, null when unresolved). */
    public record Time(String role, String value) {
    }

    public static GoldGraph read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.get("entities")) {
            List<String> aliases = new ArrayList<>();
            if (e.has("aliases")) {
                e.get("aliases").forEach(a -> aliases.add(a.asText()));
            }
            entities.add(new Entity(e.get("label").asText(), e.get("type").asText(), aliases));
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode r : root.get("relations")) {
            relations.add(new Relation(r.get("subject").asText(), r.get("predicate").asText(),
                    r.get("object").asText(), r.path("explicit").asBoolean(true), r.path("evidence").asText(""),
                    times(r.get("time"))));
        }
        LocalDate date = root.hasNonNull("date") ? LocalDate.parse(root.get("date").asText()) : null;
        return new GoldGraph(root.get("document").asText(), date, entities, relations);
    }

    /** A time object, or an array of them, as (role, value) pairs; a text-only time gives no pair. */
    private static List<Time> times(JsonNode node) {
        List<Time> times = new ArrayList<>();
        if (node == null || node.isNull()) {
            return times;
        }
        List<JsonNode> objects = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(objects::add);
        } else {
            objects.add(node);
        }
        for (JsonNode t : objects) {
            for (String role : List.of("point", "start", "end")) {
                if (t.hasNonNull(role)) {
                    times.add(new Time(role, t.get(role).asText()));
                }
            }
        }
        return times;
    }
}
