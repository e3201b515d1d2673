package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Members of an enumeration take the class of the noun that closes it (X、Y等公司), and only then. */
class EnumerationTypingTest {
    private final EnumerationTyping stage = new EnumerationTyping();

    /** A text given as segmented words ({@code 本田/nr 、/w}), with the names earlier recognisers found. */
    private static Annotation annotated(String words, Map<String, EntityType> found) {
        Annotation in = TestPipelines.segmented(words);
        List<Mention> candidates = new ArrayList<>();
        found.forEach((name, type) -> {
            int at = in.normalized().indexOf(name);
            candidates.add(new Mention(at, at + name.length(), name, type, null, "model"));
        });
        return in.withCandidates(candidates);
    }

    /** The names after the stage, with their classes, in text order. */
    private Map<String, EntityType> namesAfter(Annotation in) {
        Map<String, EntityType> names = new TreeMap<>();
        for (Mention m : stage.apply(in).candidates()) {
            names.put(m.text(), m.type());
        }
        return names;
    }

    @Test
    void examples_a_kind_introduces_with_such_as_are_of_that_kind() {
        Annotation in = annotated("他/r 上/v 过/u 媒体/n ，/w 包括/v 《/w 甲报/n 》/w 、/w 《/w 乙刊/n 》/w 和/c 丙丁/nz 。/w 很多/m 行业/n ，/w 比如/v 钢铁/n 、/w 煤炭/n 。/w",
                Map.of("甲报", EntityType.PROJECT, "乙刊", EntityType.PROJECT));
        Map<String, EntityType> names = namesAfter(in);
        assertEquals(EntityType.MEDIA_OUTLET, names.get("甲报"));
        assertEquals(EntityType.MEDIA_OUTLET, names.get("乙刊"));
        assertEquals(EntityType.MEDIA_OUTLET, names.get("丙丁"), "an unnamed member of a list of names is proposed");
        assertEquals(null, names.get("钢铁"), "行业 is no kind of name");
    }

    @Test
    void members_of_a_list_of_companies_are_companies_and_unnamed_members_are_proposed() {
        Annotation in = annotated("百度/nt 与/c 本田/nr 、/w 长城/n 、/w 红旗/ns 、/w 东南/nr 等/u 90多/m 家/q 企业/n 达成/v 合作/vn 。/w",
                Map.of("百度", EntityType.COMPANY, "本田", EntityType.PERSON, "红旗", EntityType.PLACE,
                        "东南", EntityType.PERSON));
        assertEquals(Map.of("百度", EntityType.COMPANY, "本田", EntityType.COMPANY, "长城", EntityType.COMPANY,
                "红旗", EntityType.COMPANY, "东南", EntityType.COMPANY), namesAfter(in));
    }

    @Test
    void a_member_described_before_its_name_is_the_name_alone() {
        Annotation in = annotated("做/v 音箱/n 的/u 声宝/nr 、/w 造车/v 的/u 吉腾/j 、/w 做/v 手机/n 的/u 乐想/nz 等/u 硬件/n 厂商/n 。/w",
                Map.of("声宝", EntityType.PERSON, "乐想", EntityType.ORGANIZATION));
        assertEquals(Map.of("声宝", EntityType.COMPANY, "吉腾", EntityType.COMPANY, "乐想", EntityType.ORGANIZATION),
                namesAfter(in));
    }

    @Test
    void a_list_without_names_proposes_none() {
        Annotation in = annotated("钢铁/n 、/w 煤炭/n 、/w 电力/n 等/u 企业/n 减产/v 。/w", Map.of());
        assertEquals(Map.of(), namesAfter(in));
    }

    @Test
    void a_noun_that_does_not_close_the_phrase_types_nothing() {
        Annotation leaders = annotated("江泽民/nr 、/w 李鹏/nr 等/u 党/n 和/c 国家/n 领导人/n 出席/v 。/w",
                Map.of("江泽民", EntityType.PERSON, "李鹏", EntityType.PERSON));
        assertEquals(Map.of("江泽民", EntityType.PERSON, "李鹏", EntityType.PERSON), namesAfter(leaders));
        Annotation managers = annotated("乔生祥/nr 、/w 黄华平/nr 等/u 公司/n 领导/n 。/w",
                Map.of("乔生祥", EntityType.PERSON, "黄华平", EntityType.PERSON));
        assertEquals(Map.of("乔生祥", EntityType.PERSON, "黄华平", EntityType.PERSON), namesAfter(managers));
    }

    @Test
    void a_qualified_person_noun_says_where_the_members_work_not_what_they_are() {
        Annotation in = annotated("中科院/nt 、/w 深圳大学/nt 等/u 客座/b 教授/n 。/w",
                Map.of("中科院", EntityType.ORGANIZATION, "深圳大学", EntityType.UNIVERSITY));
        assertEquals(Map.of("中科院", EntityType.ORGANIZATION, "深圳大学", EntityType.UNIVERSITY), namesAfter(in));
    }

    @Test
    void a_noun_inside_a_longer_word_is_no_closing_noun() {
        // 人 begins 人工智能: the closing noun is 公司
        Annotation in = annotated("甲骨/nr 、/w 乙丙/nr 等/u 人工智能/n 公司/n 。/w",
                Map.of("甲骨", EntityType.PERSON, "乙丙", EntityType.PERSON));
        assertEquals(Map.of("甲骨", EntityType.COMPANY, "乙丙", EntityType.COMPANY), namesAfter(in));
        // 公司 inside 公司债 (corporate bonds) closes nothing
        Annotation bonds = annotated("甲骨/nr 、/w 乙丙/nr 等/u 公司债/n 。/w",
                Map.of("甲骨", EntityType.PERSON, "乙丙", EntityType.PERSON));
        assertEquals(Map.of("甲骨", EntityType.PERSON, "乙丙", EntityType.PERSON), namesAfter(bonds));
    }

    @Test
    void a_kind_of_product_types_latin_names_listed_after_it_but_no_common_word_and_no_lexicon_company() {
        EnumerationTyping withCommon = new EnumerationTyping(java.util.Set.of("GPU", "AI")::contains);
        Annotation platforms = annotated("平台/n 包括/v Drivo/nx 、/w Metropo/nx 和/c Holoscon/nx 。/w", Map.of());
        assertEquals(List.of("Drivo/Software", "Metropo/Software", "Holoscon/Software"), withCommon.apply(platforms).candidates().stream()
                .map(m -> m.text() + "/" + m.type().localName()).toList());
        Annotation common = annotated("平台/n 包括/v Drivo/nx 、/w GPU/nx 和/c AI/nx 。/w", Map.of());
        assertEquals(List.of(), withCommon.apply(common).candidates(), "common words: no list of names");
        Annotation apps = TestPipelines.segmented("包括/v 手机/n 百度/nt 、/w 爱奇艺/nz 等/u 应用/n 。/w").withCandidates(List.of(
                new Mention(4, 6, "百度", EntityType.COMPANY, null, LexiconRecognizer.SOURCE),
                new Mention(7, 10, "爱奇艺", EntityType.COMPANY, null, "model")));
        assertEquals(List.of("百度/Company", "爱奇艺/Software"), withCommon.apply(apps).candidates().stream()
                .sorted(java.util.Comparator.comparingInt(Mention::start)).map(m -> m.text() + "/" + m.type().localName()).toList(),
                "a lexicon's company keeps its class");
    }
}
