package dev.tupu.model;

import java.util.List;
import java.util.Map;

/**
 * What the pipeline found in one text.
 *
 * @param text      the original text; every offset indexes into it
 * @param sentences its sentences
 * @param mentions  entity mentions, in text order, none overlapping
 * @param entities  the resolved entities, by key
 * @param relations relations found, in text order
 */
public record Extraction(String text, List<Sentence> sentences, List<Mention> mentions,
                         Map<String, Entity> entities, List<RelationMention> relations) {
}
