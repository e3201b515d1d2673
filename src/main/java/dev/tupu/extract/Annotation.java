package dev.tupu.extract;

import dev.tupu.model.Entity;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import dev.tupu.model.TimeExpression;
import dev.tupu.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What stages know about one text so far; each stage returns a new value with its layer added.
 * {@code normalized} has exactly the length of {@code original}, so an offset into one is an offset into the other.
 * {@code date} is the text's publication date when the caller knows it (relative times resolve against it), else
 * null.
 */
public record Annotation(String original, LocalDate date, String normalized, List<Sentence> sentences,
                         List<Token> tokens, List<Mention> candidates, List<Mention> mentions,
                         Map<String, Entity> entities, List<RelationMention> relations, List<TimeExpression> times) {

    public static Annotation of(String text) {
        return of(text, null);
    }

    public static Annotation of(String text, LocalDate date) {
        return new Annotation(text, date, null, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(),
                List.of());
    }

    public Annotation withNormalized(String value) {
        if (value.length() != original.length()) {
            throw new IllegalStateException("normalisation must keep the text's length");
        }
        return new Annotation(original, date, value, sentences, tokens, candidates, mentions, entities, relations, times);
    }

    public Annotation withSentences(List<Sentence> value) {
        return new Annotation(original, date, normalized, List.copyOf(value), tokens, candidates, mentions, entities,
                relations, times);
    }

    public Annotation withTokens(List<Token> value) {
        return new Annotation(original, date, normalized, sentences, List.copyOf(value), candidates, mentions, entities,
                relations, times);
    }

    /** Adds candidates to those earlier recognisers proposed. */
    public Annotation plusCandidates(List<Mention> more) {
        List<Mention> all = new ArrayList<>(candidates);
        all.addAll(more);
        return withCandidates(all);
    }

    /** Replaces the candidates (a stage that corrects earlier recognisers' spans). */
    public Annotation withCandidates(List<Mention> value) {
        return new Annotation(original, date, normalized, sentences, tokens, List.copyOf(value), mentions, entities,
                relations, times);
    }

    public Annotation withMentions(List<Mention> value, Map<String, Entity> resolved) {
        return new Annotation(original, date, normalized, sentences, tokens, candidates, List.copyOf(value),
                // in the resolver's order (the text's): Map.copyOf's order changes from run to run
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resolved)), relations, times);
    }

    public Annotation withRelations(List<RelationMention> value) {
        return new Annotation(original, date, normalized, sentences, tokens, candidates, mentions, entities,
                List.copyOf(value), times);
    }

    public Annotation withTimes(List<TimeExpression> value) {
        return new Annotation(original, date, normalized, sentences, tokens, candidates, mentions, entities, relations,
                List.copyOf(value));
    }
}
