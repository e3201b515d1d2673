package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Units named apart from their organisation: after its 的 or 旗下, set up, or listed with another unit. */
class UnitNameRecognizerTest {
    private final UnitNameRecognizer recognizer = new UnitNameRecognizer();

    private List<String> units(String text, Mention... names) {
        Annotation in = Annotation.of(text).withNormalized(text).withCandidates(List.of(names));
        return recognizer.apply(in).candidates().stream().filter(m -> UnitNameRecognizer.SOURCE.equals(m.source()))
                .map(m -> m.text() + "/" + m.type().localName()).toList();
    }

    private static Mention company(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(at, at + name.length(), name, EntityType.COMPANY, null, "lexicon");
    }

    @Test
    void a_unit_after_its_organisation_set_up_or_listed_with_another() {
        String owned = "腾讯的优图实验室和微信AI实验室都在做视觉。";
        assertEquals(List.of("优图实验室/ResearchLab", "微信AI实验室/ResearchLab"), units(owned, company(owned, "腾讯")));
        assertEquals(List.of("智能供应链事业部/Organization"), units("京东成立了智能供应链事业部。"));
        assertEquals(List.of("AI Lab/ResearchLab", "星图实验室/ResearchLab"), units("甲公司有AI Lab、星图实验室两大机构。"));
        assertEquals(List.of("硅谷人工智能实验室/ResearchLab", "大数据实验室/ResearchLab"),
                units("还有硅谷人工智能实验室、大数据实验室。"), "还有 is no part of the name");
    }

    @Test
    void a_division_needs_no_context_but_its_qualifier_is_the_nouns_before_it() {
        Annotation in = dev.tupu.extract.TestPipelines.segmented("它/r 属于/v 移动/vn 互联网/n 事业群/n ，/w 后来/t 进入/v 医疗/n 事业部/n 。/w");
        assertEquals(List.of("移动互联网事业群/Organization", "医疗事业部/Organization"), recognizer.apply(in).candidates().stream()
                .filter(m -> UnitNameRecognizer.SOURCE.equals(m.source())).map(m -> m.text() + "/" + m.type().localName()).toList());
    }

    @Test
    void a_qualifier_may_join_two_fields_and_a_verb_of_setting_up_inside_its_reach_starts_it() {
        assertEquals(List.of("深度学习及应用国家工程实验室/ResearchLab"), units("百度牵头筹建深度学习及应用国家工程实验室。"));
        assertEquals(List.of("数据科学与技术研究院/ResearchLab"), units("学校成立了数据科学与技术研究院。"));
    }

    @Test
    void no_unit_without_a_qualifier_a_count_or_a_text_saying_so() {
        assertEquals(List.of(), units("他每天都去实验室。"), "no qualifier");
        assertEquals(List.of(), units("后来建成了五大实验室。"), "a count");
        assertEquals(List.of(), units("学生在物理实验室做实验。"), "nothing says it is a named unit");
        String glued = "阿里巴巴医疗事业部表示";
        assertEquals(List.of(), units(glued, new Mention(0, 8, "阿里巴巴医疗事业部", EntityType.ORGANIZATION, null, "team")),
                "glued to its organisation: the team recogniser's");
    }
}
