package dev.tupu.extract;

import dev.tupu.extract.names.LatinNameRecognizer;
import dev.tupu.extract.names.Lexicon;
import dev.tupu.extract.names.LexiconEntry;
import dev.tupu.extract.names.LexiconRecognizer;
import dev.tupu.extract.names.NamePropagation;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.extract.names.TitleRecognizer;
import dev.tupu.extract.names.TransliteratedNameRecognizer;
import dev.tupu.extract.relations.RelationExtractor;
import dev.tupu.extract.relations.RelationRule;
import dev.tupu.extract.relations.StructuralRelations;
import dev.tupu.extract.relations.UnitRelations;
import dev.tupu.extract.resolve.MentionResolver;
import dev.tupu.extract.resolve.ReferenceForms;
import dev.tupu.extract.text.SentenceSplitter;
import dev.tupu.extract.text.TextNormalizer;
import dev.tupu.extract.time.RelationTimes;
import dev.tupu.extract.time.TimeExpressions;
import dev.tupu.model.EntityType;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Pipelines for fast tests: no HanLP, a small lexicon given by the test. */
public final class TestPipelines {
    private TestPipelines() {
    }

    public static LexiconEntry entry(EntityType type, String label, String... aliases) {
        List<String> names = new java.util.ArrayList<>();
        names.add(label);
        names.addAll(Arrays.asList(aliases));
        return new LexiconEntry(label, type, names);
    }

    public static Pipeline withoutSegmenter(LexiconEntry... entries) {
        Lexicon lexicon = new Lexicon(List.of(entries));
        UnaryOperator<String> identity = s -> s;
        return new Pipeline(List.of(
                new TextNormalizer(identity),
                new SentenceSplitter(),
                new TimeExpressions(),
                new LexiconRecognizer(lexicon),
                new TransliteratedNameRecognizer(c -> "斯克尔特亚伊姆库约翰詹南德雷菲道格蒂".indexOf(c) >= 0),
                new TitleRecognizer(),
                new LatinNameRecognizer(),
                new NamePropagation(),
                new ReferenceForms(),
                new TeamRecognizer(),
                new MentionResolver(lexicon),
                new RelationExtractor(RelationRule.loadDefault(), StructuralRelations.loadDefault()),
                new UnitRelations(),
                new RelationTimes()));
    }
}
