package dev.tupu.extract.resolve;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.names.Lexicon;
import dev.tupu.extract.names.LexiconRecognizer;
import dev.tupu.extract.names.TaggedNameRecognizer;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which of the recognisers' overlapping candidates become the text's mentions. */
class MentionResolverTest {
    private final MentionResolver resolver = new MentionResolver(new Lexicon(List.of()));

    /** The text, one segmenter word per span the tagger read as a name ({@code tagged}, tag ns), and candidates. */
    private List<String> mentions(String text, String tagged, List<Mention> candidates) {
        int at = text.indexOf(tagged);
        List<Token> tokens = new ArrayList<>();
        if (at > 0) {
            tokens.add(new Token(0, at, text.substring(0, at), "p"));
        }
        tokens.add(new Token(at, at + tagged.length(), tagged, "ns"));
        if (at + tagged.length() < text.length()) {
            tokens.add(new Token(at + tagged.length(), text.length(), text.substring(at + tagged.length()), "v"));
        }
        Annotation in = Annotation.of(text).withNormalized(text).withTokens(tokens).withCandidates(candidates);
        return resolver.apply(in).mentions().stream().map(m -> m.text() + "/" + m.type().localName()).toList();
    }

    private static Mention candidate(String text, String name, EntityType type, String source) {
        int at = text.indexOf(name);
        return new Mention(at, at + name.length(), name, type, null, source);
    }

    @Test
    void a_place_read_whole_that_is_two_known_places_side_by_side_is_the_two_places() {
        String text = "在法国里昂举行";
        List<Mention> candidates = List.of(
                candidate(text, "法国", EntityType.COUNTRY, LexiconRecognizer.SOURCE),
                candidate(text, "里昂", EntityType.CITY, LexiconRecognizer.SOURCE),
                candidate(text, "法国里昂", EntityType.PLACE, TaggedNameRecognizer.MODEL));
        assertEquals(List.of("法国/Country", "里昂/City"), mentions(text, "法国里昂", candidates));
    }

    @Test
    void a_place_read_whole_that_holds_one_known_place_and_more_stays_whole() {
        String text = "在北京海淀区举行";
        List<Mention> candidates = List.of(
                candidate(text, "北京", EntityType.CITY, LexiconRecognizer.SOURCE),
                candidate(text, "北京海淀区", EntityType.PLACE, TaggedNameRecognizer.MODEL));
        assertEquals(List.of("北京海淀区/Place"), mentions(text, "北京海淀区", candidates));
    }

    @Test
    void the_names_inside_a_title_in_book_marks_are_mentions_nested_in_the_work() {
        String text = "他读了《王小明军事文选》和《北京》";
        List<Mention> candidates = List.of(
                candidate(text, "王小明军事文选", EntityType.PROJECT, dev.tupu.extract.names.TitleRecognizer.SOURCE),
                candidate(text, "王小明", EntityType.PERSON, TaggedNameRecognizer.MODEL),
                candidate(text, "北京", EntityType.PROJECT, dev.tupu.extract.names.TitleRecognizer.SOURCE),
                candidate(text, "北京", EntityType.CITY, TaggedNameRecognizer.MODEL));
        assertEquals(List.of("王小明军事文选/Project", "王小明/Person", "北京/Project"),
                mentions(text, "王小明", candidates), "a title that is a name alone stays the work");
    }

    /** The entity keys of the text's mentions, as {@code text=key}, in text order. */
    private List<String> keys(String text, List<Mention> candidates) {
        Annotation in = Annotation.of(text).withNormalized(text)
                .withTokens(List.of(new Token(0, text.length(), text, "n"))).withCandidates(candidates);
        return resolver.apply(in).mentions().stream().map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void a_name_whose_bracketed_alias_is_known_of_its_class_is_the_known_entity() {
        String text = "甲乙协会（ZYX）设立了奖项，甲乙协会说。丙丁研究所（QRS）也说。";
        int second = text.indexOf("甲乙协会", 2);
        List<Mention> candidates = List.of(
                candidate(text, "甲乙协会", EntityType.ORGANIZATION, TaggedNameRecognizer.MODEL),
                new Mention(text.indexOf("ZYX"), text.indexOf("ZYX") + 3, "ZYX", EntityType.COMMUNITY, "ref:0",
                        ReferenceForms.ALIAS),
                new Mention(text.indexOf("ZYX"), text.indexOf("ZYX") + 3, "ZYX", EntityType.COMMUNITY, "org-zyx",
                        LexiconRecognizer.SOURCE),
                new Mention(second, second + 4, "甲乙协会", EntityType.ORGANIZATION, null, TaggedNameRecognizer.MODEL),
                candidate(text, "丙丁研究所", EntityType.RESEARCH_LAB, TaggedNameRecognizer.MODEL),
                new Mention(text.indexOf("QRS"), text.indexOf("QRS") + 3, "QRS", EntityType.DATASET,
                        "ref:" + text.indexOf("丙丁"), ReferenceForms.ALIAS),
                new Mention(text.indexOf("QRS"), text.indexOf("QRS") + 3, "QRS", EntityType.DATASET, "project-qrs",
                        LexiconRecognizer.SOURCE));
        List<String> keys = keys(text, candidates);
        assertEquals(List.of("甲乙协会=org-zyx", "ZYX=org-zyx", "甲乙协会=org-zyx"), keys.subList(0, 3));
        assertEquals("丙丁研究所=org-丙丁研究所", keys.get(3), "a dataset's name is no alias of an institute");
    }

    @Test
    void an_entitys_other_forms_come_in_the_texts_order_every_run() {
        String text = "OpenAI与OPENAI、openai和Openai及OpenAI";
        List<Mention> candidates = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (int at = 0; at < text.length(); at += 7) {
            candidates.add(new Mention(at, at + 6, text.substring(at, at + 6), EntityType.COMPANY, null, "latin"));
            tokens.add(new Token(at, at + 6, text.substring(at, at + 6), "nx"));
            if (at + 6 < text.length()) {
                tokens.add(new Token(at + 6, at + 7, text.substring(at + 6, at + 7), "c"));
            }
        }
        Annotation in = Annotation.of(text).withNormalized(text).withTokens(tokens).withCandidates(candidates);
        var entity = resolver.apply(in).entities().values().iterator().next();
        assertEquals("OpenAI", entity.label());
        assertEquals(List.of("OPENAI", "openai", "Openai"), List.copyOf(entity.aliases()),
                "in the order the text has them (a set's own order changes from run to run)");
    }
}
