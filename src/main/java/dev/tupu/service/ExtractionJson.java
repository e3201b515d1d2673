package dev.tupu.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tupu.model.Entity;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;

/**
 * Writes an extraction as the JSON object of {@code tupu extract}: the text, its entities (char offsets, ontology
 * class, vocabulary class) and its relations (subject, predicate, object, confidence, rule, evidence sentence, and
 * {@code time} when the clause dates it: {@code {"point"|"start"|"end": value, "text", "start", "end"}}).
 */
public final class ExtractionJson {
    private final ObjectMapper mapper;

    public ExtractionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Extraction extraction) {
        ObjectNode root = mapper.createObjectNode();
        root.put("text", extraction.text());
        ArrayNode entities = root.putArray("entities");
        for (Mention m : extraction.mentions()) {
            ObjectNode e = span(m);
            e.put("coreType", m.type().core().localName());
            Entity entity = extraction.entities().get(m.key());
            e.put("entity", m.key());
            if (entity != null) {
                e.put("label", entity.label());
            }
            entities.add(e);
        }
        ArrayNode relations = root.putArray("relations");
        for (RelationMention r : extraction.relations()) {
            ObjectNode rel = relations.addObject();
            rel.set("subject", argument(r.subject(), extraction));
            rel.put("predicate", r.relation().localName());
            rel.set("object", argument(r.object(), extraction));
            rel.put("confidence", r.confidence());
            rel.put("rule", r.rule());
            rel.put("evidence", r.sentence().text());
            rel.put("sentenceStart", r.sentence().start());
            rel.put("sentenceEnd", r.sentence().end());
            if (r.time() != null) {
                ObjectNode time = rel.putObject("time");
                putIfPresent(time, "point", r.time().point());
                putIfPresent(time, "start", r.time().start());
                putIfPresent(time, "end", r.time().end());
                time.put("text", r.time().text());
                time.put("textStart", r.time().textStart());
                time.put("textEnd", r.time().textEnd());
            }
        }
        return root;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private ObjectNode span(Mention m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("start", m.start());
        node.put("end", m.end());
        node.put("text", m.text());
        node.put("type", m.type().localName());
        return node;
    }

    private ObjectNode argument(Mention m, Extraction extraction) {
        ObjectNode node = span(m);
        node.put("entity", m.key());
        Entity entity = extraction.entities().get(m.key());
        if (entity != null) {
            node.put("label", entity.label());
        }
        return node;
    }
}
