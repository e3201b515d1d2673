package dev.tupu.extract;

import dev.tupu.extract.hanlp.HanlpDictionary;
import dev.tupu.extract.hanlp.HanlpSegmenter;
import dev.tupu.extract.hanlp.HanlpSimplifier;
import dev.tupu.extract.hanlp.HmmNameRecognizer;
import dev.tupu.extract.hanlp.PerceptronModels;
import dev.tupu.extract.hanlp.PerceptronSegmenter;
import dev.tupu.extract.names.BrandedProductRecognizer;
import dev.tupu.extract.names.CoordinatedNames;
import dev.tupu.extract.names.EnumerationTyping;
import dev.tupu.extract.names.LatinNameRecognizer;
import dev.tupu.extract.names.LearnedNameRecognizer;
import dev.tupu.extract.names.NameTagger;
import dev.tupu.extract.names.Lexicon;
import dev.tupu.extract.names.LexiconRecognizer;
import dev.tupu.extract.names.ListedCompanyRecognizer;
import dev.tupu.extract.names.NamePropagation;
import dev.tupu.extract.names.OrganizationCompounder;
import dev.tupu.extract.names.TaggedNameRecognizer;
import dev.tupu.extract.names.TaggerAgreedPlaces;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.extract.names.TitleRecognizer;
import dev.tupu.extract.names.TradeNameRecognizer;
import dev.tupu.extract.names.TransliteratedNameRecognizer;
import dev.tupu.extract.names.UnitNameRecognizer;
import dev.tupu.extract.relations.LearnedRelations;
import dev.tupu.extract.relations.RelationClassifier;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** Builds pipelines. Lexicons, rules and models are loaded once and shared; each pipeline owns its segmenters. */
public final class Pipelines {
    /**
     * The name tagger's annotation style for articles users bring, which belong to no training corpus: the mean of the
     * corpora's styles. Measured against each corpus's own style on the development articles and DuIE's held-out
     * fifth, it finds the most relations in DuIE, and the development articles' figures stay within a point.
     */
    public static final String ARTICLE_NAME_STYLE = NameTagger.MEAN_STYLE;
    /** Which statistical name recognition a pipeline uses. */
    public enum Recognition {
        /** HanLP's HMM role-tagging recognisers only (the portable jar's own). */
        HMM,
        /** The perceptron models trained by {@code tupu train} (the default). */
        PERCEPTRON,
        /** The perceptron models, with the HMM recognisers. names as a second opinion. */
        PERCEPTRON_HMM,
        /** The perceptron models for words and parts of speech, names from tupu's learned name tagger. */
        TAGGER;

        public static Recognition parse(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_'));
        }
    }

    /** What every pipeline shares, loaded once: lexicons, rules, recognisers that hold no state per text. */
    private record Shared(HanlpSimplifier simplifier, Lexicon lexicon, List<RelationRule> rules,
                          StructuralRelations structural, LatinNameRecognizer latin) {
        static Shared load() {
            HanlpSimplifier simplifier = new HanlpSimplifier();
            return new Shared(simplifier, Lexicon.loadDefault(simplifier), RelationRule.loadDefault(),
                    StructuralRelations.loadDefault(), new LatinNameRecognizer());
        }
    }

    private final Shared shared;
    private final Supplier<NameTagger> names;
    private final Supplier<RelationClassifier> relations;
    private final String nameStyle;

    /** Pipelines with the shipped models. */
    public Pipelines() {
        this(NameTagger::shared, RelationClassifier::shared);
    }

    /** Pipelines whose learned name tagger is {@code names} (a model just trained, for measuring it). */
    public Pipelines(Supplier<NameTagger> names) {
        this(names, RelationClassifier::shared);
    }

    /** Pipelines with these learned models (models just trained, for measuring them). */
    public Pipelines(Supplier<NameTagger> names, Supplier<RelationClassifier> relations) {
        this(Shared.load(), names, relations, ARTICLE_NAME_STYLE);
    }

    private Pipelines(Shared shared, Supplier<NameTagger> names, Supplier<RelationClassifier> relations,
                      String nameStyle) {
        this.shared = shared;
        this.names = names;
        this.relations = relations;
        this.nameStyle = nameStyle;
    }

    /**
     * These pipelines reading names in {@code style}, one of the name tagger's annotation styles
     * ({@link NameTagger#styles()}, or {@link NameTagger#SHARED}), for measuring a corpus in its own conventions;
     * lexicons and rules stay shared, not loaded again.
     */
    public Pipelines withNameStyle(String style) {
        return new Pipelines(shared, names, relations, style);
    }

    /** The first stages alone: normalise, split, words and parts of speech (what the name tagger's features read). */
    public Pipeline newWordPipeline() {
        return new Pipeline(List.of(new TextNormalizer(shared.simplifier()), new SentenceSplitter(),
                new PerceptronSegmenter(PerceptronModels.shared(), false)));
    }

    /**
     * The default pipeline: the learned name tagger over the trained word models (measured best), lexicons, rules
     * and the learned relation classifier, each where the jar carries its model.
     */
    public Pipeline newPipeline() {
        Recognition recognition = !PerceptronModels.available() ? Recognition.HMM
                : NameTagger.available() ? Recognition.TAGGER : Recognition.PERCEPTRON;
        return newPipeline(recognition, true, RelationClassifier.available());
    }

    /** A pipeline with the rules only for relations. */
    public Pipeline newPipeline(Recognition recognition, boolean lexicons) {
        return newPipeline(recognition, lexicons, false);
    }

    /**
     * A pipeline: normalise, split, segment, recognise (lexicon, statistical names, Latin script, enumerations typed
     * by their closing noun, propagated names, teams), resolve, relate (rules, then the learned classifier when
     * {@code learnedRelations}). {@code lexicons} false leaves the lexicons out of recognition, for measuring.
     */
    public Pipeline newPipeline(Recognition recognition, boolean lexicons, boolean learnedRelations) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new TextNormalizer(shared.simplifier()));
        stages.add(new SentenceSplitter());
        stages.add(new TimeExpressions());
        if (recognition == Recognition.HMM) {
            stages.add(new HanlpSegmenter());
        } else if (recognition == Recognition.TAGGER) {
            stages.add(new PerceptronSegmenter(PerceptronModels.shared(), false));
            NameTagger tagger = names.get();
            // a model without styles reads every text alike
            int style = tagger.styles().isEmpty() ? NameTagger.NO_STYLE : tagger.style(nameStyle);
            stages.add(new LearnedNameRecognizer(tagger, style));
        } else {
            stages.add(new PerceptronSegmenter(PerceptronModels.shared()));
        }
        Lexicon used = lexicons ? shared.lexicon() : new Lexicon(List.of());
        stages.add(new LexiconRecognizer(used, HanlpDictionary.knownWords()));
        TaggedNameRecognizer tagged = new TaggedNameRecognizer(recognition == Recognition.HMM
                ? TaggedNameRecognizer.HMM : TaggedNameRecognizer.MODEL, HanlpDictionary.commonWords());
        stages.add(recognition == Recognition.TAGGER ? tagged.withLearnedBoundaries() : tagged);
        if (recognition == Recognition.TAGGER && readsOneCorpusStyle()) {
            stages.add(new TaggerAgreedPlaces());
        }
        if (recognition == Recognition.PERCEPTRON || recognition == Recognition.PERCEPTRON_HMM) {
            // HanLP's word-level names leave organisations in pieces; the learned tagger reads them whole.
            stages.add(new OrganizationCompounder());
        }
        if (recognition == Recognition.PERCEPTRON_HMM) {
            stages.add(new HmmNameRecognizer());
        }
        stages.add(new TransliteratedNameRecognizer(HanlpDictionary.transliterationCharacters()));
        stages.add(new TitleRecognizer());
        stages.add(shared.latin());
        stages.add(new TradeNameRecognizer(HanlpDictionary.knownWords(), HanlpDictionary.descriptiveWords()));
        if (lexicons) {
            stages.add(new ListedCompanyRecognizer(ListedCompanyRecognizer.defaultNames(), HanlpDictionary.commonWords(),
                    HanlpDictionary.descriptiveWords()));
        }
        stages.add(new BrandedProductRecognizer());
        stages.add(new CoordinatedNames(lexicons ? ListedCompanyRecognizer.defaultNames() : Set.of(), shared.latin()::isCommonWord,
                HanlpDictionary.commonWords().or(HanlpDictionary.placeNames()), HanlpDictionary.knownWords()));
        stages.add(new EnumerationTyping(shared.latin()::isCommonWord));
        stages.add(new NamePropagation(HanlpDictionary.knownWords()));
        stages.add(new ReferenceForms());
        stages.add(new TeamRecognizer());
        stages.add(new UnitNameRecognizer());
        stages.add(new MentionResolver(used));
        stages.add(new RelationExtractor(shared.rules(), shared.structural()));
        if (learnedRelations) {
            stages.add(new LearnedRelations(relations.get()));
        }
        stages.add(new UnitRelations());
        stages.add(new RelationTimes());
        return new Pipeline(stages);
    }

    /** True when names are read in one training corpus's style (measuring that corpus), not the articles' mean. */
    private boolean readsOneCorpusStyle() {
        return !nameStyle.equals(NameTagger.MEAN_STYLE) && !nameStyle.equals(NameTagger.SHARED);
    }

    public Lexicon lexicon() {
        return shared.lexicon();
    }
}
