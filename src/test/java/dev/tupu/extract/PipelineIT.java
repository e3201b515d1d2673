package dev.tupu.extract;

import dev.tupu.model.CoreType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real pipeline (HanLP and the shipped lexicons) on sentences it was not written for. */
class PipelineIT {
    private final Pipeline pipeline = new Pipelines().newPipeline();

    @Test
    void finds_people_organisations_and_relations_in_unseen_sentences() {
        String text = "王小明毕业于清华大学，后来加入腾讯担任高级工程师。２０１５年，张伟在北京创立了一家名为DeepData的公司。";
        Extraction x = pipeline.extract(text);
        for (Mention m : x.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertTrue(x.entities().containsKey("person-王小明"), x.entities().keySet().toString());
        assertEquals(CoreType.ORGANIZATION, x.entities().get("org-清华大学").type().core());
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.STUDIED_AT
                && r.subject().key().equals("person-王小明") && r.object().key().equals("org-清华大学")));
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.WORKS_FOR
                && r.object().key().equals("org-腾讯")));
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.FOUNDED
                && r.subject().key().equals("person-张伟") && r.object().key().equals("org-deepdata")));
    }

    @Test
    void noise_words_and_counted_people_are_not_entities() {
        Extraction x = pipeline.extract("解决易用性这个痛点才是目的，团队今年已经离开6人了，产品组和工程组都有需求。");
        assertTrue(x.mentions().isEmpty(), x.mentions().toString());
    }

    @Test
    void a_pair_a_title_relates_is_what_the_title_says_not_what_the_classifier_guesses() {
        Extraction x = pipeline.extract("据报道，英伟达已聘请前AMD高管王小川担任首席架构师。");
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.WORKS_FOR
                && r.subject().key().equals("person-王小川") && r.object().key().equals("org-amd")), x.relations().toString());
        assertTrue(x.relations().stream().noneMatch(r -> r.relation() == Relation.LEADS
                && r.object().key().equals("org-amd")), "an executive (高管) is no leader: " + x.relations());
    }

    @Test
    void a_start_ups_name_of_the_usual_shape_and_what_is_said_of_it() {
        Extraction x = pipeline.extract("星河科技CEO韩冬表示，星河科技将于明年上市。孙立群已于上月离职，转投竞争对手云帆科技。");
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.LEADS
                && r.subject().key().equals("person-韩冬") && r.object().key().equals("org-星河科技")), x.relations().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.WORKS_FOR
                && r.subject().key().equals("person-孙立群") && r.object().key().equals("org-云帆科技")), x.relations().toString());
        assertEquals(2, x.mentions().stream().filter(m -> m.text().equals("星河科技")).count(), x.mentions().toString());
    }

    @Test
    void units_an_organisation_has_listed_and_companies_listed_with_companies() {
        Extraction x = pipeline.extract("腾讯有AI Lab、星图实验室和蓝海AI实验室三大机构。英伟达、AMD、Marvell和Qualcomm都在开发这类芯片。");
        for (String unit : java.util.List.of("星图实验室", "蓝海AI实验室")) {
            assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.PART_OF && r.subject().text().equals(unit)
                    && r.object().key().equals("org-腾讯")), unit + ": " + x.relations());
        }
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Marvell") && m.type() == dev.tupu.model.EntityType.COMPANY),
                x.mentions().toString());
    }

    @Test
    void companies_of_the_general_list_where_the_text_puts_organisations() {
        Extraction x = pipeline.extract("美国大厂福特、Tier 1供应商德尔福也是合作伙伴。王小明加盟蔚来。他喜欢天天向上。");
        java.util.List<String> companies = x.mentions().stream().filter(m -> m.type() == dev.tupu.model.EntityType.COMPANY)
                .map(Mention::text).toList();
        assertTrue(companies.containsAll(java.util.List.of("福特", "德尔福", "蔚来")), x.mentions().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("天天")), x.mentions().toString());
    }

    @Test
    void a_product_named_with_its_makers_name_first_where_the_text_puts_a_product() {
        Extraction x = pipeline.extract("京东的智能音箱京东叮咚已经上线。美团推出了美团优选，京东的员工很多。医疗平台“叮咚”也很有名。");
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.DEVELOPED_BY
                && r.subject().text().equals("京东叮咚") && r.object().key().equals("org-京东")), x.relations().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.DEVELOPED_BY
                && r.subject().text().equals("美团优选") && r.object().key().equals("org-美团")), x.relations().toString());
        assertEquals(2, x.mentions().stream().filter(m -> m.key().equals("project-京东叮咚")).count(),
                "its own part alone is the same product: " + x.mentions());
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().startsWith("京东的员工") || m.text().equals("京东员工")),
                x.mentions().toString());
    }
}
