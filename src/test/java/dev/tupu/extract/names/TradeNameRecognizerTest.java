package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up companies of the usual shape (trade name + field), found where the text puts an organisation. */
class TradeNameRecognizerTest {
    private static final Set<String> DICTIONARY = Set.of("人工智能");
    private static final Set<String> DESCRIPTIVE = Set.of("无线", "国际");
    private final TradeNameRecognizer recognizer = new TradeNameRecognizer(DICTIONARY::contains, DESCRIPTIVE::contains);

    private List<String> companies(Annotation in) {
        return recognizer.apply(in).candidates().stream()
                .filter(m -> TradeNameRecognizer.SOURCE.equals(m.source()))
                .map(m -> m.text() + "@" + m.start() + (m.type() == EntityType.COMPANY ? "" : "/" + m.type()))
                .toList();
    }

    private static Annotation withNames(String words, Mention... names) {
        return TestPipelines.segmented(words).plusCandidates(List.of(names));
    }

    @Test
    void a_name_before_a_post_is_a_company_and_so_are_its_other_occurrences() {
        Annotation in = withNames("星河/n 科技/n CEO/nx 韩冬/nr 表示/v ，/w 星河/n 科技/n 将/d 上市/v 。/w",
                new Mention(7, 9, "韩冬", EntityType.PERSON, null, "model"));
        assertEquals(List.of("星河科技@0", "星河科技@12"), companies(in));
    }

    @Test
    void a_function_word_the_segmenter_glued_to_the_name_does_not_hide_it_nor_does_a_long_founding_clause() {
        assertEquals(List.of("星河科技@4"), companies(withNames("李强现/nr 任星河/v 科技/n 首席/n 技术官/n 。/w",
                new Mention(0, 2, "李强", EntityType.PERSON, null, "model"))), "任 glued before it");
        assertEquals(List.of("云帆科技@0", "星河科技@5"), companies(withNames("云帆/v 科技/n 被/p 星河/n 科技/n 以/p 5亿/m 美元/q 收购/v 。/w")),
                "the one bought and the buyer");
        assertEquals(List.of("星河科技@0"), companies(withNames("星河/n 科技/n 由/p 王明/nr 和/c 李强/nr 于/p 2015年/t 共同/d 创立/v 。/w")));
    }

    @Test
    void a_name_before_what_only_organisations_have() {
        assertEquals(List.of("云岫科技@0"), companies(withNames("云岫/n 科技/n 发言人/n 表示/v 。/w")));
        assertEquals(List.of("星河资本@0"), companies(withNames("星河/n 资本/n 股价/n 上涨/v 了/u 5%/m 。/w")));
        assertEquals(List.of("云帆科技@0"), companies(withNames("云帆/n 科技/n 的/u 财报/n 显示/v 。/w")));
    }

    @Test
    void a_name_described_as_one_of_anothers_companies() {
        assertEquals(List.of("星河科技@0"), companies(withNames("星河/n 科技/n 是/v 百度/nt 旗下/n 的/u 一/m 家/q 公司/n 。/w",
                new Mention(5, 7, "百度", EntityType.COMPANY, null, "lexicon"))));
    }

    @Test
    void investors_in_a_round_and_the_names_listed_with_one() {
        assertEquals(List.of("星河资本@5", "云岫创投@12", "星澜资本@17", "蓝海基金@22"), companies(withNames(
                "本轮/r 融资/vn 由/p 星河/n 资本/n 领投/v ，/w 云岫/n 创投/v 、/w 星澜/n 资本/n 和/c 蓝海/n 基金/n 跟投/v 。/w")),
                "an investor's list is read in rounds: each name supports the next");
        assertEquals(List.of("蓝海资本@4"), companies(withNames("原有/vn 股东/n 蓝海/n 资本/n 也/d 参与/v 。/w")));
        assertEquals(List.of(), companies(withNames("云岫/n 创投/v 、/w 星澜/n 资本/n 很/d 多/a 。/w")),
                "a list alone says nothing");
    }

    @Test
    void a_name_after_a_verb_taking_an_organisation_or_holding_a_post() {
        assertEquals(List.of("蓝海智能@5"), companies(withNames("赵明远/nr 加盟/v 蓝海/ns 智能/n 。/w")));
        assertEquals(List.of("云帆科技@5"), companies(withNames("郑雨辰/nr 担任/v 云帆/v 科技/n CTO/nx 期间/f")));
        assertEquals(List.of("蓝海智能@5"), companies(withNames("林峰/nr 此前/t 在/p 蓝海/ns 智能/n 担任/v 首席/n 科学家/n 。/w")));
        assertEquals(List.of("星河科技@3", "蓝海智能@9"), companies(withNames(
                "3月/t ，/w 星河/n 科技/n 挖来/v 蓝海/ns 智能/n 副总裁/n 张伟/nr 。/w",
                new Mention(15, 17, "张伟", EntityType.PERSON, null, "model"))), "a company hiring the holder of another's post");
        assertEquals(List.of("星河科技@6"), companies(withNames("Orion/nx 是/v 星河/n 科技/n 推出/v 的/u 大模型/n 。/w")),
                "the maker in a description");
        assertEquals(List.of("星河科技@0"), companies(withNames("星河/n 科技/n 是/v 一家/m 人工智能/n 公司/n 。/w")));
        assertEquals(List.of("蓝海智能@6"), companies(withNames("竞争/vn 对手/n 包括/v 蓝海/ns 智能/n 。/w")));
        assertEquals(List.of("星河科技@3"), companies(withNames("王明/nr ，/w 星河/n 科技/n 首席/n 科学家/n ，/w",
                new Mention(0, 2, "王明", EntityType.PERSON, null, "model"))), "before a chief scientist's title");
    }

    @Test
    void a_name_after_a_word_for_its_kind_where_one_works_or_before_its_rivals_and_a_lab_of_the_shape() {
        assertEquals(List.of("云帆科技@6"), companies(withNames("转投/v 竞争/vn 对手/n 云帆/v 科技/n 。/w")));
        assertEquals(List.of("极光动力@6"), companies(withNames("创办/v 了/u 新/a 公司/n 极光/n 动力/n 。/w")));
        assertEquals(List.of("启明资本@2"), companies(withNames("他/r 在/p 启明/v 资本/n 工作/vn 十年/m")));
        assertEquals(List.of("北辰智能@0"), companies(withNames("北辰/ns 智能/n 的/u 竞争/vn 对手/n 包括/v")));
        assertEquals(List.of("光年实验室@0/RESEARCH_LAB"), companies(withNames("光年/t 实验室/n 隶属于/v 某/r 集团/n")));
    }

    @Test
    void a_name_as_the_agent_of_what_organisations_do_or_left_or_owning_a_subsidiary() {
        assertEquals(List.of("蓝海智能@3"), companies(withNames("芯片/n 由/p 蓝海/ns 智能/n 研发/vn 。/w")));
        assertEquals(List.of("星河科技@3"), companies(withNames("甲乙/nz 被/p 星河/n 科技/n 以/p 十亿元/m 收购/v")));
        assertEquals(List.of("蓝海智能@4"), companies(withNames("孙立群/nr 从/p 蓝海/ns 智能/n 离职/v 。/w")));
        assertEquals(List.of("星河科技@3"), companies(withNames("甲乙/nz 是/v 星河/n 科技/n 的/u 全资/b 子公司/n")));
        assertEquals(List.of("星河科技@0"), companies(withNames("星河/n 科技/n 收购/v 了/u 甲乙/nz 。/w")));
    }

    @Test
    void a_name_a_founding_relative_clause_introduces_or_a_counted_post_follows() {
        assertEquals(List.of("星河科技@9"), companies(withNames("加入/v 了/u 由/p 赵六/nr 创立/v 的/u 星河/n 科技/n 。/w")));
        assertEquals(List.of("星河科技@0"), companies(withNames("星河/n 科技/n 的/u 两位/m 创始人/n 赵六/nr")));
    }

    @Test
    void two_names_of_the_shape_joined_support_each_other_where_they_act_together() {
        assertEquals(List.of("星河科技@0", "云帆科技@5"),
                companies(withNames("星河/n 科技/n 与/c 云帆/v 科技/n 展开/v 合作/vn 。/w")));
        assertEquals(List.of(), companies(withNames("星河/n 科技/n 与/c 云帆/v 科技/n 都/d 很/d 好/a 。/w")),
                "nothing organisations do together");
    }

    @Test
    void a_name_as_the_subject_of_what_companies_do_or_beside_another_organisation() {
        assertEquals(List.of("墨子科技@3"), companies(withNames("据悉/v ，/w 墨子/n 科技/n 今日/t 宣布/v 融资/vn 。/w")));
        Annotation joined = withNames("清远大学/nt 与/c 长风/n 汽车/n 共同/d 成立/v 实验室/n 。/w",
                new Mention(0, 4, "清远大学", EntityType.UNIVERSITY, null, "model"));
        assertEquals(List.of("长风汽车@5"), companies(joined));
    }

    @Test
    void words_descriptions_and_names_in_no_organisation_place_are_not_proposed() {
        assertEquals(List.of(), companies(withNames("人工/n 智能/n 的/u 科学家/n 表示/v 。/w")), "a word");
        assertEquals(List.of(), companies(withNames("领导/v 无线/b 互联/v 和/c 研发/vn 团队/n")), "a description");
        assertEquals(List.of(), companies(withNames("，/w 国际/n 金融/n 总裁/n 说/v")), "a description");
        assertEquals(List.of(), companies(withNames("首席/n 数据/n 科学家/n 漆远/nr 说/v")), "a post of any field");
        assertEquals(List.of(), companies(withNames("他/r 喜欢/v 星河/n 科技/n 。/w")), "no organisation's place");
        assertEquals(List.of(), companies(withNames("星河/n 科技园/n 总裁/n")), "not a word's end");
        assertEquals(List.of(), companies(withNames("扩大/v 企业/n 财务/n 信息/n 的/u 透明度/n")), "a bare kind word");
        assertEquals(List.of(), companies(withNames("各家/r 发卡/n 银行/n 和/c 甲乙/nt 推出/v",
                new Mention(7, 9, "甲乙", EntityType.ORGANIZATION, null, "model"))), "companies counted");
        assertEquals(List.of(), companies(withNames("摇号/vn 软件/n 由/p 他们/r 开发/v 。/w")), "products are developed too");
        assertEquals(List.of("蓝海智能@0"), companies(withNames("蓝海/ns 智能/n 由/p 孙立群/nr 创立/v 。/w")));
    }

    @Test
    void another_reading_of_an_organisation_stands() {
        Annotation in = withNames("，/w 星河/n 科技/n 集团/n 总裁/n 说/v",
                new Mention(1, 7, "星河科技集团", EntityType.COMPANY, null, "model"));
        assertEquals(List.of(), companies(in));
    }
}
