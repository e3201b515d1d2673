package dev.tupu.extract;

import dev.tupu.extract.hanlp.HanlpSegmenter;
import dev.tupu.extract.hanlp.HanlpSimplifier;

import java.util.List;

/** Builds the standard pipeline. Lexicons and rules are loaded once and shared; each pipeline owns its segmenter. */
public final class Pipelines {
    private final HanlpSimplifier simplifier = new HanlpSimplifier();
    private final Lexicon lexicon = Lexicon.loadDefault(simplifier);
    private final List<RelationRule> rules = RelationRule.loadDefault();
    private final StructuralRelations structural = StructuralRelations.loadDefault();
    private final TaggedNameRecognizer tagged = new TaggedNameRecognizer();
    private final LatinNameRecognizer latin = new LatinNameRecognizer();

    /** A new pipeline: normalise, split, segment, recognise (lexicon, tags, Latin script, propagated names, teams), resolve, relate. */
    public Pipeline newPipeline() {
        return new Pipeline(List.of(
                new TextNormalizer(simplifier),
                new SentenceSplitter(),
                new HanlpSegmenter(),
                new LexiconRecognizer(lexicon),
                tagged,
                latin,
                new NamePropagation(),
                new TeamRecognizer(),
                new MentionResolver(lexicon),
                new RelationExtractor(rules, structural)));
    }

    public Lexicon lexicon() {
        return lexicon;
    }
}
