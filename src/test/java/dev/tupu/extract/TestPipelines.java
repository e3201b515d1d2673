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

    /**
     * A text given as segmented words ({@code 本田/nr 、/w}; a word without a tag is a noun), normalised as it is,
     * with its words as the segmenter's tokens.
     */
    public static Annotation segmented(String words) {
        StringBuilder text = new StringBuilder();
        List<dev.tupu.model.Token> tokens = new java.util.ArrayList<>();
        for (String item : words.split(" ")) {
            int slash = item.lastIndexOf('/');
            String word = slash > 0 ? item.substring(0, slash) : item;
            String tag = slash > 0 ? item.substring(slash + 1) : "n";
            tokens.add(new dev.tupu.model.Token(text.length(), text.length() + word.length(), word, tag));
            text.append(word);
        }
        String s = text.toString();
        return Annotation.of(s).withNormalized(s).withTokens(tokens);
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
                new dev.tupu.extract.names.UnitNameRecognizer(),
                new MentionResolver(lexicon),
                new RelationExtractor(RelationRule.loadDefault(), StructuralRelations.loadDefault()),
                new UnitRelations(),
                new RelationTimes()));
    }
}
