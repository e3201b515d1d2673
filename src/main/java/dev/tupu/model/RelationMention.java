package dev.tupu.model;

/**
 * One relation found in one sentence.
 *
 * @param subject    the subject's mention (for a resolved pronoun, the pronoun's span with the antecedent's key)
 * @param relation   the vocabulary relation
 * @param object     the object's mention
 * @param sentence   the sentence it was found in
 * @param rule       the name of the rule that found it
 * @param confidence in [0, 1]
 * @param time       when the clause dates it, or null
 */
public record RelationMention(Mention subject, Relation relation, Mention object, Sentence sentence,
                              String rule, double confidence, RelationTime time) {
    public RelationMention {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** A relation mention with no time. */
    public RelationMention(Mention subject, Relation relation, Mention object, Sentence sentence, String rule,
                           double confidence) {
        this(subject, relation, object, sentence, rule, confidence, null);
    }

    public RelationMention withTime(RelationTime value) {
        return new RelationMention(subject, relation, object, sentence, rule, confidence, value);
    }
}
