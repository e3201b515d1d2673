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
 */
public record RelationMention(Mention subject, Relation relation, Mention object, Sentence sentence,
                              String rule, double confidence) {
    public RelationMention {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
