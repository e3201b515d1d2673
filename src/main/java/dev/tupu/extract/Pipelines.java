package dev.tupu.extract;

import dev.tupu.extract.hanlp.HanlpDictionary;
import dev.tupu.extract.hanlp.HanlpSegmenter;
import dev.tupu.extract.hanlp.HanlpSimplifier;
import dev.tupu.extract.hanlp.HmmNameRecognizer;
import dev.tupu.extract.hanlp.PerceptronModels;
import dev.tupu.extract.hanlp.PerceptronSegmenter;
import dev.tupu.extract.names.LatinNameRecognizer;
import dev.tupu.extract.names.Lexicon;
import dev.tupu.extract.names.LexiconRecognizer;
import dev.tupu.extract.names.NamePropagation;
import dev.tupu.extract.names.OrganizationCompounder;
import dev.tupu.extract.names.TaggedNameRecognizer;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.extract.relations.RelationExtractor;
import dev.tupu.extract.relations.RelationRule;
import dev.tupu.extract.relations.StructuralRelations;
import dev.tupu.extract.resolve.MentionResolver;
import dev.tupu.extract.resolve.ReferenceForms;
import dev.tupu.extract.text.SentenceSplitter;
import dev.tupu.extract.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds pipelines. Lexicons, rules and models are loaded once and shared; each pipeline owns its segmenters. */
public final class Pipelines {
    /** Which statistical name recognition a pipeline uses. */
    public enum Recognition {
        /** HanLP's HMM role-tagging recognisers only (the portable jar's own). */
        HMM,
        /** The perceptron models trained by {@code tupu train} (the default). */
        PERCEPTRON,
        /** The perceptron models, with the HMM recognisers. names as a second opinion. */
        PERCEPTRON_HMM;

        public static Recognition parse(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_'));
        }
    }

    private final HanlpSimplifier simplifier = new HanlpSimplifier();
    private final Lexicon lexicon = Lexicon.loadDefault(simplifier);
    private final List<RelationRule> rules = RelationRule.loadDefault();
    private final StructuralRelations structural = StructuralRelations.loadDefault();
    private final LatinNameRecognizer latin = new LatinNameRecognizer();

    /** The default pipeline: the trained models (measured best: the HMM names add more noise than names), lexicons. */
    public Pipeline newPipeline() {
        return newPipeline(PerceptronModels.available() ? Recognition.PERCEPTRON : Recognition.HMM, true);
    }

    /**
     * A pipeline: normalise, split, segment, recognise (lexicon, statistical names, Latin script, propagated names,
     * teams), resolve, relate. {@code lexicons} false leaves the lexicons out of recognition, for measuring.
     */
    public Pipeline newPipeline(Recognition recognition, boolean lexicons) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new TextNormalizer(simplifier));
        stages.add(new SentenceSplitter());
        if (recognition == Recognition.HMM) {
            stages.add(new HanlpSegmenter());
        } else {
            stages.add(new PerceptronSegmenter(PerceptronModels.shared()));
        }
        Lexicon used = lexicons ? lexicon : new Lexicon(List.of());
        stages.add(new LexiconRecognizer(used));
        stages.add(new TaggedNameRecognizer(recognition == Recognition.HMM ? TaggedNameRecognizer.HMM
                : TaggedNameRecognizer.MODEL, HanlpDictionary.commonWords()));
        if (recognition != Recognition.HMM) {
            stages.add(new OrganizationCompounder());
        }
        if (recognition == Recognition.PERCEPTRON_HMM) {
            stages.add(new HmmNameRecognizer());
        }
        stages.add(latin);
        stages.add(new NamePropagation());
        stages.add(new ReferenceForms());
        stages.add(new TeamRecognizer());
        stages.add(new MentionResolver(used));
        stages.add(new RelationExtractor(rules, structural));
        return new Pipeline(stages);
    }

    public Lexicon lexicon() {
        return lexicon;
    }
}
