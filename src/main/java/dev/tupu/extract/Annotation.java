package dev.tupu.extract;

import dev.tupu.model.Entity;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What stages know about one text so far; each stage returns a new value with its layer added.
 * {@code normalized} has exactly the length of {@code original}, so an offset into one is an offset into the other.
 */
public record Annotation(String original, String normalized, List<Sentence> sentences, List<Token> tokens,
                         List<Mention> candidates, List<Mention> mentions, Map<String, Entity> entities,
                         List<RelationMention> relations) {

    public static Annotation of(String text) {
        return new Annotation(text, null, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    public Annotation withNormalized(String value) {
        if (value.length() != original.length()) {
            throw new IllegalStateException("normalisation must keep the text's length");
        }
        return new Annotation(original, value, sentences, tokens, candidates, mentions, entities, relations);
    }

    public Annotation withSentences(List<Sentence> value) {
        return new Annotation(original, normalized, List.copyOf(value), tokens, candidates, mentions, entities, relations);
    }

    public Annotation withTokens(List<Token> value) {
        return new Annotation(original, normalized, sentences, List.copyOf(value), candidates, mentions, entities, relations);
    }

    /** Adds candidates to those earlier recognisers proposed. */
    public Annotation plusCandidates(List<Mention> more) {
        List<Mention> all = new ArrayList<>(candidates);
        all.addAll(more);
        return new Annotation(original, normalized, sentences, tokens, List.copyOf(all), mentions, entities, relations);
    }

    public Annotation withMentions(List<Mention> value, Map<String, Entity> resolved) {
        return new Annotation(original, normalized, sentences, tokens, candidates, List.copyOf(value),
                Map.copyOf(resolved), relations);
    }

    public Annotation withRelations(List<RelationMention> value) {
        return new Annotation(original, normalized, sentences, tokens, candidates, mentions, entities, List.copyOf(value));
    }
}
