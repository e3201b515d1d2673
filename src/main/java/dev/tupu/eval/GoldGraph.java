package dev.tupu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made gold annotation of one document: every named entity (label, vocabulary class, other names used for
 * it) and every relation the text states (subject label, relation, object label). JSON:
 * <pre>{"document": "seeds/x.txt", "entities": [{"label", "type", "aliases": []}],
 *  "relations": [{"subject", "predicate", "object", "note"}]}</pre>
 */
public record GoldGraph(String document, List<Entity> entities, List<Relation> relations) {

    public record Entity(String label, String type, List<String> aliases) {
        List<String> names() {
            List<String> names = new ArrayList<>(aliases);
            names.add(0, label);
            return names;
        }
    }

    public record Relation(String subject, String predicate, String object) {
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
            relations.add(new Relation(r.get("subject").asText(), r.get("predicate").asText(), r.get("object").asText()));
        }
        return new GoldGraph(root.get("document").asText(), entities, relations);
    }
}
