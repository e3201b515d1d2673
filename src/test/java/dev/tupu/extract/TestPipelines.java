package dev.tupu.extract;

import dev.tupu.model.EntityType;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Pipelines for fast tests: no HanLP, a small lexicon given by the test. */
final class TestPipelines {
    private TestPipelines() {
    }

    static LexiconEntry entry(EntityType type, String label, String... aliases) {
        List<String> names = new java.util.ArrayList<>();
        names.add(label);
        names.addAll(Arrays.asList(aliases));
        return new LexiconEntry(label, type, names);
    }

    static Pipeline withoutSegmenter(LexiconEntry... entries) {
        Lexicon lexicon = new Lexicon(List.of(entries));
        UnaryOperator<String> identity = s -> s;
        return new Pipeline(List.of(
                new TextNormalizer(identity),
                new SentenceSplitter(),
                new LexiconRecognizer(lexicon),
                new LatinNameRecognizer(),
                new NamePropagation(),
                new ReferenceForms(),
                new TeamRecognizer(),
                new MentionResolver(lexicon),
                new RelationExtractor(RelationRule.loadDefault(), StructuralRelations.loadDefault())));
    }
}
