package dev.tupu.extract.relations;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationExtractionTest {
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.PERSON, "王小明"),
            entry(EntityType.PERSON, "赵六"),
            entry(EntityType.PERSON, "钱七"),
            entry(EntityType.COMPANY, "百度"),
            entry(EntityType.COMPANY, "谷歌", "Google"),
            entry(EntityType.COMPANY, "英伟达", "Nvidia"),
            entry(EntityType.UNIVERSITY, "清华大学", "清华"),
            entry(EntityType.SOFTWARE, "TensorFlow"),
            entry(EntityType.SOFTWARE, "PyTorch"),
            entry(EntityType.SOFTWARE, "Caffe2"),
            entry(EntityType.ORGANIZATION, "甲乙联盟总部"),
            entry(EntityType.RESEARCH_LAB, "丙丁研究院"),
            entry(EntityType.CITY, "杭州"));

    private static Optional<RelationMention> find(Extraction x, String subject, Relation relation, String object) {
        return x.relations().stream()
                .filter(r -> r.relation() == relation && r.subject().key().endsWith(subject) && r.object().key().endsWith(object))
                .findFirst();
    }

    @Test
    void left_team_relation_has_provenance_with_offsets_into_the_text() {
        String text = "２０１２年，王小明离开百度，前往清华深造。";
        Extraction x = pipeline.extract(text);
        RelationMention left = find(x, "王小明", Relation.LEFT_TEAM, "百度").orElseThrow();
        assertEquals("王小明", text.substring(left.subject().start(), left.subject().end()));
        assertEquals("百度", text.substring(left.object().start(), left.object().end()));
        assertEquals(text, left.sentence().text());
        assertEquals("leftTeam.leave", left.rule());
        assertTrue(left.confidence() > 0.5 && left.confidence() <= 1);
        assertTrue(find(x, "王小明", Relation.STUDIED_AT, "清华大学").isPresent());
    }

    @Test
    void a_trigger_begun_inside_a_name_leaves_the_shorter_trigger_after_the_name() {
        // 总部位于 is a trigger, and so is 位于: the name 甲乙联盟总部 holds the first's start.
        Extraction x = pipeline.extract("甲乙联盟总部位于杭州。");
        assertTrue(find(x, "甲乙联盟总部", Relation.LOCATED_IN, "杭州").isPresent(), x.relations().toString());
    }

    @Test
    void a_verb_with_yu_takes_its_object_after_it_not_the_name_before() {
        // 就读 reads 在X就读 (object before); 就读于 reads its object after: 丙丁研究院 is where 王小明 works.
        Extraction x = pipeline.extract("王小明是丙丁研究院的研究员，此前就读于清华大学。");
        assertTrue(find(x, "王小明", Relation.STUDIED_AT, "清华大学").isPresent(), x.relations().toString());
        assertTrue(find(x, "王小明", Relation.STUDIED_AT, "丙丁研究院").isEmpty(), x.relations().toString());
    }

    @Test
    void a_post_at_an_organisation_after_zai_names_the_organisation_a_place_after_zai_does_not() {
        Extraction x = pipeline.extract("王小明辞去了在百度的职务。赵六离开了在百度的老同事。");
        assertTrue(find(x, "王小明", Relation.LEFT_TEAM, "百度").isPresent(), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.LEFT_TEAM, "百度").isEmpty(), x.relations().toString());
    }

    @Test
    void negation_blocks_the_relation() {
        Extraction x = pipeline.extract("王小明放弃了加入谷歌的机会，而选择去了百度，一直任职至今。");
        assertTrue(find(x, "王小明", Relation.WORKS_FOR, "谷歌").isEmpty(), x.relations().toString());
        assertTrue(find(x, "王小明", Relation.WORKS_FOR, "百度").isPresent(), x.relations().toString());
    }

    @Test
    void a_pronoun_subject_resolves_to_the_salient_person_of_the_previous_sentences() {
        Extraction x = pipeline.extract("王小明是研究员。王小明很忙，赵六也在。后来他离开了百度。");
        RelationMention left = find(x, "王小明", Relation.LEFT_TEAM, "百度").orElseThrow();
        assertEquals("他", left.subject().text());
        assertTrue(left.rule().endsWith(".pronoun"));
        assertTrue(left.confidence() < 0.8);
    }

    @Test
    void two_people_referred_to_together_both_get_the_relation() {
        Extraction x = pipeline.extract("赵六与钱七合作。一年后，二人合力创建了一个叫ABC的组织。");
        assertTrue(find(x, "赵六", Relation.FOUNDED, "abc").isPresent(), x.relations().toString());
        assertTrue(find(x, "钱七", Relation.FOUNDED, "abc").isPresent(), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.COLLABORATES_WITH, "钱七").isPresent()
                || find(x, "钱七", Relation.COLLABORATES_WITH, "赵六").isPresent());
    }

    @Test
    void a_relative_clause_gives_the_subject_after_the_object() {
        Extraction x = pipeline.extract("曾创建Caffe2的王小明表示框架的沉浮很正常。");
        assertTrue(find(x, "王小明", Relation.FOUNDED, "caffe2").isPresent(), x.relations().toString());
    }

    @Test
    void frameworks_set_against_each_other_are_compared() {
        Extraction x = pipeline.extract("PyTorch现在可以跟TensorFlow分庭抗礼。");
        assertTrue(find(x, "pytorch", Relation.COMPARES_TO, "tensorflow").isPresent()
                || find(x, "tensorflow", Relation.COMPARES_TO, "pytorch").isPresent());
    }

    @Test
    void titles_between_organisation_and_person_state_relations() {
        Extraction x = pipeline.extract("Nvidia创始人Jensen写了推荐语。清华大学教授王小明也写了。");
        assertTrue(find(x, "jensen", Relation.FOUNDED, "英伟达").isPresent(), x.relations().toString());
        assertTrue(find(x, "王小明", Relation.WORKS_FOR, "清华大学").isPresent(), x.relations().toString());
    }

    @Test
    void a_team_is_led_by_the_person_it_is_named_after_and_is_part_of_the_organisation_before_it() {
        Extraction x = pipeline.extract("谷歌AI王小明团队今年招了三人。");
        assertTrue(find(x, "王小明", Relation.LEADS, "王小明团队").isPresent(), x.relations().toString());
        assertTrue(find(x, "王小明团队", Relation.PART_OF, "谷歌").isPresent(), x.relations().toString());
    }

    @Test
    void every_shipped_rule_names_a_vocabulary_relation_and_valid_types() {
        List<RelationRule> rules = RelationRule.loadDefault();
        assertTrue(rules.size() >= 20);
        assertTrue(rules.stream().map(RelationRule::relation).distinct().count() >= 13,
                "every relation of the vocabulary has a rule");
    }

    @Test
    void a_later_clause_without_a_subject_keeps_the_sentence_topic_not_the_negated_object() {
        Extraction x = pipeline.extract("赵六没有加入谷歌，而是在2012年创办了百度。");
        assertTrue(find(x, "赵六", Relation.FOUNDED, "百度").isPresent(), x.relations().toString());
        assertTrue(x.relations().stream().noneMatch(r -> r.subject().key().endsWith("谷歌")), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.WORKS_FOR, "谷歌").isEmpty());
    }

    @Test
    void the_topic_of_a_sentence_opened_by_an_organisation_and_its_titled_person_is_the_person() {
        Extraction x = pipeline.extract("原谷歌总裁赵六日前出走，创办了百度。");
        assertTrue(find(x, "赵六", Relation.FOUNDED, "百度").isPresent(), x.relations().toString());
        assertTrue(find(x, "谷歌", Relation.FOUNDED, "百度").isEmpty(), x.relations().toString());
    }

    @Test
    void guidance_is_the_advisors_listed_together_not_the_subject_before_them() {
        Extraction x = pipeline.extract("王小明曾在赵六的指导下完成博士后工作。钱七得到了导师赵六和 系统教授 王小明的指导。");
        assertTrue(find(x, "王小明", Relation.ADVISED_BY, "赵六").isPresent(), x.relations().toString());
        assertTrue(find(x, "钱七", Relation.ADVISED_BY, "赵六").isPresent(), x.relations().toString());
        assertTrue(find(x, "钱七", Relation.ADVISED_BY, "王小明").isPresent(), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.ADVISED_BY, "王小明").isEmpty(), x.relations().toString());
    }

    @Test
    void a_comparison_opening_the_sentence_compares_the_next_clauses_name() {
        Extraction x = pipeline.extract("相较于TensorFlow，PyTorch更加灵活。");
        assertTrue(find(x, "pytorch", Relation.COMPARES_TO, "tensorflow").isPresent()
                || find(x, "tensorflow", Relation.COMPARES_TO, "pytorch").isPresent(), x.relations().toString());
    }

    @Test
    void a_parent_company_named_after_a_copula_owns_the_subject() {
        Extraction x = pipeline.extract("百度的母公司是谷歌。");
        assertTrue(find(x, "百度", Relation.PART_OF, "谷歌").isPresent(), x.relations().toString());
    }

    @Test
    void a_degree_from_a_university_and_being_its_student_state_studying_there() {
        Extraction x = pipeline.extract("王小明于2010年获得清华大学计算机硕士学位。赵六是清华大学的博士生。钱七是王小明的学生。");
        assertTrue(find(x, "王小明", Relation.STUDIED_AT, "清华大学").isPresent(), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.STUDIED_AT, "清华大学").isPresent(), x.relations().toString());
        assertTrue(x.relations().stream().noneMatch(r -> r.subject().key().endsWith("钱七")
                && r.relation() == Relation.STUDIED_AT), "a person's student studies at no organisation: " + x.relations());
    }

    @Test
    void an_undergraduate_from_a_university_studied_there() {
        Extraction x = pipeline.extract("技术副总裁王小明，本科出自清华大学软件工程，在百度任职长达13年。");
        assertTrue(find(x, "王小明", Relation.STUDIED_AT, "清华大学").isPresent(), x.relations().toString());
    }

    @Test
    void entering_an_organisation_to_work_there_is_no_studying() {
        Extraction x = pipeline.extract("王小明随后进入丙丁研究院工作。赵六后来进入清华大学读博。");
        assertTrue(find(x, "王小明", Relation.WORKS_FOR, "丙丁研究院").isPresent(), x.relations().toString());
        assertTrue(find(x, "王小明", Relation.STUDIED_AT, "丙丁研究院").isEmpty(), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.STUDIED_AT, "清华大学").isPresent(), x.relations().toString());
    }

    @Test
    void built_on_the_basis_of_another_and_evenly_matched_with_another() {
        Extraction x = pipeline.extract("PyTorch在TensorFlow的基础上进行了改进。Caffe2与PyTorch的性能不相上下。");
        assertTrue(find(x, "pytorch", Relation.BASED_ON, "tensorflow").isPresent(), x.relations().toString());
        assertTrue(find(x, "caffe2", Relation.COMPARES_TO, "pytorch").isPresent()
                || find(x, "pytorch", Relation.COMPARES_TO, "caffe2").isPresent(), x.relations().toString());
    }

    @Test
    void belonging_to_an_organisation_a_department_of_one_and_a_societys_member() {
        Pipeline local = TestPipelines.withoutSegmenter(entry(EntityType.PERSON, "王小明"),
                entry(EntityType.COMPANY, "百度"), entry(EntityType.RESEARCH_LAB, "丙丁研究院"),
                entry(EntityType.COMMUNITY, "甲乙学会"), entry(EntityType.PRODUCT, "丁云"));
        Extraction x = local.extract("丙丁研究院隶属于百度。丁云是百度的云计算部门。王小明是甲乙学会的会员。");
        assertTrue(find(x, "丙丁研究院", Relation.PART_OF, "百度").isPresent(), x.relations().toString());
        assertTrue(find(x, "百度", Relation.PART_OF, "丙丁研究院").isEmpty(), x.relations().toString());
        assertTrue(find(x, "丁云", Relation.PART_OF, "百度").isPresent(), x.relations().toString());
        assertTrue(find(x, "王小明", Relation.MEMBER_OF, "甲乙学会").isPresent(), x.relations().toString());
    }

    @Test
    void coordinated_objects_all_take_the_relation_and_domain_style_names_are_companies() {
        Extraction x = pipeline.extract("赵六离开百度，随后创立了Landing.AI和Deeplearning.ai。");
        assertTrue(find(x, "赵六", Relation.FOUNDED, "landing.ai").isPresent(), x.relations().toString());
        assertTrue(find(x, "赵六", Relation.FOUNDED, "deeplearning.ai").isPresent(), x.relations().toString());
        assertEquals(EntityType.COMPANY, x.entities().get("org-landing.ai").type());
    }

    @Test
    void a_title_after_a_bracketed_alias_still_links_person_and_organisation() {
        Extraction x = pipeline.extract("英伟达（Nvidia）负责人Jeff Dean表示。");
        assertTrue(find(x, "jeff-dean", Relation.LEADS, "英伟达").isPresent(), x.relations().toString());
    }
}
