package dev.tupu.extract.names;

import dev.tupu.model.EntityType;
import dev.tupu.model.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which tagged words become name candidates, and of which class. */
class TaggedNameRecognizerTest {
    private final TaggedNameRecognizer model = new TaggedNameRecognizer(TaggedNameRecognizer.MODEL);
    private final TaggedNameRecognizer hmm = new TaggedNameRecognizer(TaggedNameRecognizer.HMM);

    private static Token tagged(String word, String tag) {
        return new Token(0, word.length(), word, tag);
    }

    @Test
    void the_models_names_may_hold_brackets_dashes_and_digits_but_not_latin_letters() {
        assertEquals(EntityType.COMPANY, model.classify(tagged("甲乙（中国）电子有限公司", "nt")));
        assertEquals(EntityType.UNIVERSITY, model.classify(tagged("北京市171中学", "nt")));
        assertEquals(EntityType.PERSON, model.classify(tagged("罗德—拉森", "nr")));
        assertNull(model.classify(tagged("Zentrix公司", "nt")), "Latin names are LatinNameRecognizer's");
        assertNull(model.classify(tagged("2020", "ns")), "no Chinese, no name");
        assertNull(hmm.classify(tagged("甲乙（中国）电子有限公司", "nt")), "HMM guesses stay Chinese only");
    }

    @Test
    void a_verb_of_going_or_joining_glued_before_an_organisation_is_no_part_of_its_name() {
        var in = dev.tupu.extract.TestPipelines.segmented("后/f 赴斯坦福大学/nt 读博/v ，/w 加盟蓝海智能/nt 。/w 赴美/nt");
        var names = model.withLearnedBoundaries().apply(in).candidates().stream()
                .map(dev.tupu.model.Mention::text).toList();
        assertEquals(java.util.List.of("斯坦福大学", "蓝海智能", "赴美"), names, "赴美: too short to cut");
    }

    @Test
    void an_organisations_headquarters_located_somewhere_is_the_organisation() {
        var in = dev.tupu.extract.TestPipelines.segmented("蓝海智能总部/nt 位于/v 北京/ns ，/w 武警总部/nt 派出/v 人员/n 。/w");
        var names = model.withLearnedBoundaries().apply(in).candidates().stream()
                .map(dev.tupu.model.Mention::text).toList();
        assertEquals(java.util.List.of("蓝海智能", "北京", "武警总部"), names, "总部 with no verb of place after is a name of its own");
    }

    @Test
    void former_before_an_organisation_is_no_part_of_its_name() {
        var in = dev.tupu.extract.TestPipelines.segmented("他/r 是/v 前加州伯克利/nt 教授/n ，/w 前程无忧/nt 上市/v 。/w").plusCandidates(
                java.util.List.of(new dev.tupu.model.Mention(3, 5, "加州", EntityType.REGION, null, "lexicon")));
        var names = model.withLearnedBoundaries().apply(in).candidates().stream()
                .filter(m -> TaggedNameRecognizer.MODEL.equals(m.source())).map(dev.tupu.model.Mention::text).toList();
        assertEquals(java.util.List.of("加州伯克利", "前程无忧"), names, "前程无忧: nothing known after 前");
    }

    @Test
    void a_known_organisations_team_is_no_name_the_tagger_reads_whole() {
        var in = dev.tupu.extract.TestPipelines.segmented("此前/t 在/p 蓝海团队/nt 工作/v 。/w").plusCandidates(java.util.List.of(
                new dev.tupu.model.Mention(3, 5, "蓝海", EntityType.COMPANY, null, "lexicon")));
        var names = model.withLearnedBoundaries().apply(in).candidates().stream()
                .filter(m -> TaggedNameRecognizer.MODEL.equals(m.source())).map(dev.tupu.model.Mention::text).toList();
        assertEquals(java.util.List.of(), names);
    }

    @Test
    void a_country_and_a_bare_word_for_a_company_describe_one_and_name_none() {
        var in = dev.tupu.extract.TestPipelines.segmented("甲乙/nt 收购/v 了/u 丙国公司/nt 和/c 丙国银行/nt 。/w")
                .plusCandidates(java.util.List.of(
                        new dev.tupu.model.Mention(5, 7, "丙国", EntityType.COUNTRY, null, "lexicon"),
                        new dev.tupu.model.Mention(10, 12, "丙国", EntityType.COUNTRY, null, "lexicon")));
        var names = model.withLearnedBoundaries().apply(in).candidates().stream()
                .filter(m -> m.type().core() == dev.tupu.model.CoreType.ORGANIZATION).map(dev.tupu.model.Mention::text)
                .toList();
        assertFalse(names.contains("丙国公司"), names.toString());
        assertEquals(java.util.List.of("甲乙", "丙国银行"), names, "a bank named after its country is a name");
    }

    @Test
    void no_name_ends_in_the_qi_of_qixia() {
        // 甲乙旗下 is "under 甲乙"; 甲乙旗 alone would be a banner, a place.
        var in = dev.tupu.extract.TestPipelines.segmented("丙丁/nz 是/v 甲乙旗/ns 下/f 的/u 公司/n ，/w 位于/v 甲乙旗/ns 。/w");
        var names = model.withLearnedBoundaries().apply(in).candidates().stream().map(m -> m.start()).toList();
        assertEquals(java.util.List.of(13), names, "only the banner the text names stands: " + names);
    }

    @Test
    void a_name_does_not_begin_with_the_de_of_the_verb_before_it() {
        var in = dev.tupu.extract.TestPipelines.segmented("他/r 获/v 得斯坦福大学/nt 学位/n ，/w 赢/v 得/u 得克萨斯州/ns 。/w");
        var names = model.withLearnedBoundaries().apply(in).candidates().stream().map(dev.tupu.model.Mention::text)
                .toList();
        assertEquals(java.util.List.of("斯坦福大学", "得克萨斯州"), names);
    }
}
