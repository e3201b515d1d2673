package dev.tupu.extract.relations;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relations tech news states by structure: titles, descriptions, launches, comparisons, arrivals and departures. */
class StructuresTest {
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.PERSON, "王小明"),
            entry(EntityType.PERSON, "赵六"),
            entry(EntityType.PERSON, "钱七"),
            entry(EntityType.COMPANY, "百度"),
            entry(EntityType.COMPANY, "谷歌", "Google"),
            entry(EntityType.COMPANY, "英伟达", "Nvidia"),
            entry(EntityType.COMPANY, "苹果公司", "=Apple", "?苹果"),
            entry(EntityType.UNIVERSITY, "清华大学", "清华"),
            entry(EntityType.UNIVERSITY, "纽约大学"),
            entry(EntityType.PRODUCT, "A100"),
            entry(EntityType.PRODUCT, "H100"),
            entry(EntityType.SOFTWARE, "TensorFlow"),
            entry(EntityType.SOFTWARE, "PyTorch"),
            entry(EntityType.COUNTRY, "法国"),
            entry(EntityType.CITY, "里昂"),
            entry(EntityType.COUNTRY, "美国"),
            entry(EntityType.COMPANY, "甲乙科技"),
            entry(EntityType.COMMUNITY, "IEEE"));

    private static boolean has(Extraction x, String subject, Relation relation, String object) {
        return x.relations().stream().anyMatch(r -> r.relation() == relation
                && (r.subject().key().endsWith(subject) && r.object().key().endsWith(object)
                || relation.symmetric() && r.subject().key().endsWith(object) && r.object().key().endsWith(subject)));
    }

    @Test
    void a_title_then_a_copula_names_its_holder_but_not_whoever_the_holder_is_said_to_know() {
        Extraction x = pipeline.extract("百度的CEO是王小明。谷歌的创始人是赵六。英伟达CEO是钱七的老朋友。");
        assertTrue(has(x, "王小明", Relation.LEADS, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.FOUNDED, "谷歌"), x.relations().toString());
        assertFalse(has(x, "钱七", Relation.LEADS, "英伟达"), x.relations().toString());
    }

    @Test
    void wei_as_a_copula_names_the_holder_ending_the_clause_but_wei_as_for_does_not() {
        Extraction x = pipeline.extract("百度的CEO为王小明。谷歌总裁为赵六颁奖。");
        assertTrue(has(x, "王小明", Relation.LEADS, "百度"), x.relations().toString());
        assertFalse(has(x, "赵六", Relation.LEADS, "谷歌"), x.relations().toString());
    }

    @Test
    void an_organisation_appointing_a_person_to_a_post_states_the_titles_relation() {
        Extraction x = pipeline.extract("英伟达任命王小明为首席财务官。百度已聘请前谷歌高管赵六担任首席架构师。谷歌邀请钱七参加会议。");
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "百度"), x.relations().toString());
        assertFalse(has(x, "钱七", Relation.WORKS_FOR, "谷歌"), "no post given: " + x.relations());
    }

    @Test
    void a_company_hiring_a_person_employs_them_and_the_posts_of_officers_and_deputies_lead_nothing() {
        Extraction x = pipeline.extract("英伟达挖来谷歌副总裁钱七。百度COO王小明表示满意。谷歌副总经理赵六出席。");
        assertTrue(has(x, "钱七", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
        assertTrue(has(x, "钱七", Relation.WORKS_FOR, "谷歌"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "百度"), x.relations().toString());
        assertFalse(has(x, "王小明", Relation.LEADS, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "谷歌"), x.relations().toString());
        assertFalse(has(x, "赵六", Relation.LEADS, "谷歌"), "副总经理 is a deputy: " + x.relations());
        Extraction became = pipeline.extract("博士毕业后，王小明成为百度研究员。");
        assertTrue(has(became, "王小明", Relation.WORKS_FOR, "百度"), "成为 a post: " + became.relations());
        Extraction not = pipeline.extract("王小明聘请律师赵六处理此事。");
        assertFalse(has(not, "赵六", Relation.WORKS_FOR, "王小明"), "a person's hiring: " + not.relations());
    }

    @Test
    void an_organisations_product_by_possessive_maker_prefix_or_qixia_is_developed_by_it() {
        Extraction x = pipeline.extract("英伟达最新的A100表现出色。英伟达H100的算力更高。谷歌自研的TensorFlow开源了。百度旗下的PyTorch很流行。");
        assertTrue(has(x, "a100", Relation.DEVELOPED_BY, "英伟达"), x.relations().toString());
        assertTrue(has(x, "h100", Relation.DEVELOPED_BY, "英伟达"), x.relations().toString());
        assertTrue(has(x, "tensorflow", Relation.DEVELOPED_BY, "谷歌"), x.relations().toString());
        assertTrue(has(x, "pytorch", Relation.DEVELOPED_BY, "百度"), "a product under a company: " + x.relations());
        Extraction has = pipeline.extract("百度有PyTorch，谷歌有TensorFlow，英伟达有A100的股份。");
        assertTrue(has(has, "pytorch", Relation.DEVELOPED_BY, "百度"), has.relations().toString());
        assertTrue(has(has, "tensorflow", Relation.DEVELOPED_BY, "谷歌"), has.relations().toString());
        assertFalse(has(has, "a100", Relation.DEVELOPED_BY, "英伟达"), "a share of it: " + has.relations());
        Extraction described = pipeline.extract("谷歌旗下的金融巨头甲乙科技很有名。");
        assertTrue(has(described, "甲乙科技", Relation.PART_OF, "谷歌"), "described after 的: " + described.relations());
        assertFalse(has(x, "pytorch", Relation.PART_OF, "百度"), x.relations().toString());
    }

    @Test
    void a_kind_of_product_may_stand_between_the_makers_de_and_the_product_and_after_each_listed_product() {
        Extraction x = pipeline.extract("谷歌的开源框架Fluxor很流行。英伟达发布基于全新架构的 Zorin GPU、Nova CPU，还展示了软件。");
        assertTrue(has(x, "fluxor", Relation.DEVELOPED_BY, "谷歌"), x.relations().toString());
        assertTrue(has(x, "zorin", Relation.DEVELOPED_BY, "英伟达"), x.relations().toString());
        assertTrue(has(x, "nova", Relation.DEVELOPED_BY, "英伟达"), "listed after the first with its kind: " + x.relations());
    }

    @Test
    void where_one_was_before_leaving_an_acquisition_of_and_who_set_an_organisation_up() {
        Extraction x = pipeline.extract("技术总监赵六在谷歌任职长达10年，离职前在百度担任首席架构师。");
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.LEFT_TEAM, "百度"), x.relations().toString());
        Extraction bought = pipeline.extract("今年3月，英伟达被证实已经完成了对硅谷小型创业公司甲乙科技的收购。");
        assertTrue(has(bought, "甲乙科技", Relation.PART_OF, "英伟达"), bought.relations().toString());
        Extraction set = pipeline.extract("不过转年3月，他便跳槽到了王小明建立的甲乙科技。谷歌建立在硅谷。");
        assertTrue(has(set, "王小明", Relation.FOUNDED, "甲乙科技"), set.relations().toString());
        assertFalse(set.relations().stream().anyMatch(r -> r.relation() == Relation.FOUNDED && r.object().text().equals("硅谷")),
                set.relations().toString());
    }

    @Test
    void a_comparison_with_bi_a_verb_of_exceeding_or_a_multiple_of_something_of_the_other() {
        Extraction x = pipeline.extract("谷歌入局其实比百度还要早。TensorFlow的增长速度不及PyTorch。"
                + "英伟达的用户数量远超苹果公司。PyTorch的职位增长约是TensorFlow增长的一半。");
        assertTrue(has(x, "谷歌", Relation.COMPARES_TO, "百度"), x.relations().toString());
        assertTrue(has(x, "tensorflow", Relation.COMPARES_TO, "pytorch"), x.relations().toString());
        assertTrue(has(x, "英伟达", Relation.COMPARES_TO, "苹果公司"), x.relations().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.COMPARES_TO
                && r.rule().equals("comparesTo.multiple")), x.relations().toString());
        Extraction none = pipeline.extract("谷歌的合作伙伴很多，百度、比如英伟达都和它有联系。谷歌在百度任职超过12年的员工很少。");
        assertFalse(none.relations().stream().anyMatch(r -> r.relation() == Relation.COMPARES_TO), none.relations().toString());
    }

    @Test
    void a_student_title_is_studying_there_and_a_heads_launch_is_the_organisations() {
        Extraction x = pipeline.extract("该论文的第一作者是来自清华大学的博士生王小明。");
        assertTrue(has(x, "王小明", Relation.STUDIED_AT, "清华大学"), x.relations().toString());
        Extraction launch = pipeline.extract("英伟达CEO赵六在大会上发布了新一代GPU架构Zorin。");
        assertTrue(has(launch, "zorin", Relation.DEVELOPED_BY, "英伟达"), launch.relations().toString());
        assertFalse(has(launch, "zorin", Relation.DEVELOPED_BY, "赵六"), "the head presents it: " + launch.relations());
    }

    @Test
    void makers_acting_together_a_kind_before_de_and_headquarters_located() {
        Extraction x = pipeline.extract("百度联合清华大学推出了Zorin。基于PyTorch框架的Fluxor由甲乙科技训练。");
        assertTrue(has(x, "zorin", Relation.DEVELOPED_BY, "百度"), x.relations().toString());
        assertTrue(has(x, "zorin", Relation.DEVELOPED_BY, "清华大学"), x.relations().toString());
        assertTrue(has(x, "fluxor", Relation.BASED_ON, "pytorch"), x.relations().toString());
        assertTrue(has(x, "fluxor", Relation.DEVELOPED_BY, "甲乙科技"), x.relations().toString());
    }

    @Test
    void an_organisations_partners_listed_collaborate_with_it() {
        Extraction x = pipeline.extract("百度的合作伙伴包括谷歌、英伟达和苹果公司。");
        for (String partner : List.of("谷歌", "英伟达", "苹果公司")) {
            assertTrue(has(x, partner, Relation.COLLABORATES_WITH, "百度"), partner + ": " + x.relations());
        }
    }

    @Test
    void a_wholly_owned_subsidiary_is_part_of_its_parent() {
        Extraction x = pipeline.extract("甲乙科技是百度的全资子公司，总部位于里昂。");
        assertTrue(has(x, "甲乙科技", Relation.PART_OF, "百度"), x.relations().toString());
    }

    @Test
    void a_titled_person_who_leaves_leaves_the_holder_and_a_units_head_may_be_written_with_its_name() {
        Extraction x = pipeline.extract("同年，英伟达资深设计师王小明离职，并加入了百度。谷歌研究院长赵六出席。");
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.LEFT_TEAM, "英伟达"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "百度"), x.relations().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.LEADS && r.subject().key().endsWith("赵六")
                && r.object().text().equals("谷歌研究院")), "研究院长: the 院's head " + x.relations());
        Extraction fellow = pipeline.extract("前谷歌首席科学家、IEEE Fellow 钱七离职，加盟百度。");
        assertFalse(x.relations().stream().anyMatch(r -> r.relation() == Relation.LEFT_TEAM && r.object().text().equals("IEEE"))
                || fellow.relations().stream().anyMatch(r -> r.relation() == Relation.LEFT_TEAM
                && r.object().text().equals("IEEE")), "a membership is not left with a job: " + fellow.relations());
        Extraction stays = pipeline.extract("百度CEO王小明表示满意。");
        assertFalse(has(stays, "王小明", Relation.LEFT_TEAM, "百度"), stays.relations().toString());
    }

    @Test
    void a_product_said_to_be_an_organisations_product_is_developed_by_it_not_a_rivals() {
        Extraction x = pipeline.extract("TensorFlow是谷歌的一款开源框架。PyTorch是百度的竞品产品。A100机型中移除了英伟达的芯片。");
        assertTrue(has(x, "tensorflow", Relation.DEVELOPED_BY, "谷歌"), x.relations().toString());
        assertFalse(has(x, "pytorch", Relation.DEVELOPED_BY, "百度"), x.relations().toString());
        assertFalse(has(x, "a100", Relation.DEVELOPED_BY, "英伟达"), "no 是: " + x.relations());
    }

    @Test
    void going_to_an_organisation_to_take_a_job_there_is_working_for_it() {
        Extraction x = pipeline.extract("赵六去了谷歌负责自动驾驶。钱七去了百度开会。");
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "谷歌"), x.relations().toString());
        assertFalse(has(x, "钱七", Relation.WORKS_FOR, "百度"), "a visit: " + x.relations());
    }

    @Test
    void what_follows_a_verb_and_a_word_of_sequence_is_the_next_verbs_object() {
        Extraction x = pipeline.extract("王小明从谷歌出走后创办了百度。");
        assertTrue(has(x, "王小明", Relation.LEFT_TEAM, "谷歌"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.FOUNDED, "百度"), x.relations().toString());
        assertFalse(has(x, "王小明", Relation.LEFT_TEAM, "百度"), "出走后创办了百度: " + x.relations());
    }

    @Test
    void an_organisations_units_after_its_name_or_set_up_by_it_are_its_parts() {
        Extraction x = pipeline.extract("百度的星图实验室和语音技术事业部都在招人。英伟达成立了光年研究院。");
        assertTrue(has(x, "星图实验室", Relation.PART_OF, "百度"), x.relations().toString());
        assertTrue(has(x, "语音技术事业部", Relation.PART_OF, "百度"), x.relations().toString());
        assertTrue(has(x, "光年研究院", Relation.PART_OF, "英伟达"), x.relations().toString());
    }

    @Test
    void a_person_in_the_role_of_a_title_and_the_persons_a_counted_title_lists() {
        Extraction x = pipeline.extract("作为英伟达的首席科学家，王小明主导了研究。百度的两位创始人赵六和钱七都毕业于清华大学。");
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.FOUNDED, "百度") && has(x, "钱七", Relation.FOUNDED, "百度"), x.relations().toString());
        Extraction one = pipeline.extract("谷歌CEO王小明和赵六一起出席。");
        assertFalse(has(one, "赵六", Relation.LEADS, "谷歌"), "a title of one: " + one.relations());
    }

    @Test
    void a_person_from_an_organisation_with_a_post_after_the_name_works_there() {
        Extraction x = pipeline.extract("来自清华大学的王小明教授发言。来自百度的赵六获得了金牌。");
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "清华大学"), x.relations().toString());
        assertFalse(has(x, "赵六", Relation.WORKS_FOR, "百度"), "no post: " + x.relations());
    }

    @Test
    void an_organisations_product_is_its_development() {
        Extraction x = pipeline.extract("英伟达的A100胜过谷歌的TensorFlow生态里的各种芯片。法国的A100不存在。");
        assertTrue(has(x, "a100", Relation.DEVELOPED_BY, "英伟达"), x.relations().toString());
        assertTrue(has(x, "tensorflow", Relation.DEVELOPED_BY, "谷歌"), x.relations().toString());
        assertFalse(has(x, "a100", Relation.DEVELOPED_BY, "法国"), "a place makes nothing: " + x.relations());
    }

    @Test
    void the_one_a_person_succeeds_is_not_who_takes_the_post() {
        Extraction x = pipeline.extract("王小明将接替赵六出任英伟达CEO。");
        assertTrue(has(x, "王小明", Relation.LEADS, "英伟达"), x.relations().toString());
        assertFalse(has(x, "赵六", Relation.LEADS, "英伟达"), x.relations().toString());
        assertFalse(has(x, "赵六", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
    }

    @Test
    void a_post_taken_by_an_agent_after_the_holder_states_the_titles_relation() {
        Extraction x = pipeline.extract("清华大学由王小明担任校长。百度将由赵六出任首席科学家。");
        assertTrue(has(x, "王小明", Relation.LEADS, "清华大学"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "百度"), x.relations().toString());
    }

    @Test
    void a_founder_after_by_may_be_described_first_but_the_description_founds_nothing() {
        Extraction x = pipeline.extract("甲乙科技由前百度高管王小明创立。");
        assertTrue(has(x, "王小明", Relation.FOUNDED, "甲乙科技"), x.relations().toString());
        assertFalse(has(x, "王小明", Relation.FOUNDED, "百度"), x.relations().toString());
        Extraction cause = pipeline.extract("由于清华大学王小明的研究，赵六创立了新公司。");
        assertFalse(has(cause, "王小明", Relation.FOUNDED, "清华大学"), "由于 is 'because': " + cause.relations());
    }

    @Test
    void a_persons_name_in_brackets_after_them_does_not_hide_their_description() {
        Extraction x = pipeline.extract("王小明（Xiaoming Wang）是百度的研究员。赵六（Liu Zhao），谷歌研究员，也来了。");
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "谷歌"), x.relations().toString());
    }

    @Test
    void what_is_bought_is_a_company_and_part_of_its_buyer_in_either_voice() {
        Extraction x = pipeline.extract("谷歌于去年收购了Zentrix。Fluxor被百度收购。");
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Zentrix") && m.type() == EntityType.COMPANY),
                x.mentions().toString());
        assertTrue(has(x, "zentrix", Relation.PART_OF, "谷歌"), x.relations().toString());
        assertTrue(has(x, "fluxor", Relation.PART_OF, "百度"), x.relations().toString());
    }

    @Test
    void what_the_next_clause_names_is_compared_with_the_name_before_xiangbi() {
        Extraction x = pipeline.extract("与TensorFlow相比，PyTorch更加灵活。和谷歌相比，百度的投入较少。");
        assertTrue(has(x, "pytorch", Relation.COMPARES_TO, "tensorflow"), x.relations().toString());
        assertTrue(has(x, "百度", Relation.COMPARES_TO, "谷歌"), x.relations().toString());
        Extraction shared = pipeline.extract("市场被TensorFlow和PyTorch瓜分，谷歌很满意。");
        assertFalse(has(shared, "谷歌", Relation.COMPARES_TO, "pytorch"), "only 相比 and its like: " + shared.relations());
    }

    @Test
    void open_sourcing_is_developing_in_a_relative_clause_too() {
        Extraction x = pipeline.extract("PyTorch是百度开源的深度学习框架。");
        assertTrue(has(x, "pytorch", Relation.DEVELOPED_BY, "百度"), x.relations().toString());
    }

    @Test
    void organisations_doing_something_jointly_collaborate_a_list_of_launches_does_not() {
        Extraction x = pipeline.extract("英伟达和谷歌联合发布了新模型。百度与苹果公司都发布了新手机。");
        assertTrue(has(x, "英伟达", Relation.COLLABORATES_WITH, "谷歌"), x.relations().toString());
        assertFalse(has(x, "百度", Relation.COLLABORATES_WITH, "苹果公司"), x.relations().toString());
    }

    @Test
    void titles_between_an_organisation_and_a_person_state_the_right_relation() {
        Extraction x = pipeline.extract("英伟达CEO王小明表示，百度副总裁赵六和谷歌上海研发院院长钱七也来了。");
        assertTrue(has(x, "王小明", Relation.LEADS, "英伟达"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "百度"), "副总裁 is a vice-president, not the head: " + x.relations());
        assertFalse(has(x, "赵六", Relation.LEADS, "百度"), x.relations().toString());
        assertTrue(has(x, "钱七", Relation.WORKS_FOR, "谷歌") || has(x, "钱七", Relation.LEADS, "谷歌上海研发院"),
                "the head of a unit works for its organisation: " + x.relations());
        assertFalse(has(x, "钱七", Relation.LEADS, "谷歌"), x.relations().toString());
    }

    @Test
    void the_head_of_a_unit_works_for_the_organisation_and_a_deputy_heads_nothing() {
        Extraction x = pipeline.extract("王小明是谷歌副总裁。赵六是百度的CEO。钱七先后担任英伟达云计算产品负责人、英伟达中国区总裁。");
        assertFalse(has(x, "王小明", Relation.LEADS, "谷歌"), "副总裁 is a deputy: " + x.relations());
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "谷歌"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.LEADS, "百度"), x.relations().toString());
        assertFalse(has(x, "钱七", Relation.LEADS, "英伟达"), "heads of a product line and a region: " + x.relations());
        assertTrue(has(x, "钱七", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
        Extraction listed = pipeline.extract("王小明担任百度党委书记、董事长。");
        assertTrue(has(listed, "王小明", Relation.LEADS, "百度"), "a title listed first is no unit: " + listed.relations());
    }

    @Test
    void a_relation_stated_with_a_coordinated_list_holds_for_every_member() {
        Extraction x = pipeline.extract("百度与谷歌、英伟达和甲乙科技等企业达成合作。");
        for (String partner : java.util.List.of("谷歌", "英伟达", "甲乙科技")) {
            assertTrue(has(x, "百度", Relation.COLLABORATES_WITH, partner), partner + ": " + x.relations());
        }
        assertFalse(has(x, "谷歌", Relation.COLLABORATES_WITH, "英伟达"), "members of one list: " + x.relations());
        Extraction founders = pipeline.extract("王小明、赵六和钱七创立了甲乙科技。");
        for (String founder : java.util.List.of("王小明", "赵六", "钱七")) {
            assertTrue(has(founders, founder, Relation.FOUNDED, "甲乙科技"), founder + ": " + founders.relations());
        }
        Extraction two = pipeline.extract("谷歌和英伟达合作。");
        assertTrue(has(two, "谷歌", Relation.COLLABORATES_WITH, "英伟达"),
                "with no name before the list, its first member is the subject: " + two.relations());
    }

    @Test
    void a_multiple_states_a_comparison() {
        Extraction x = pipeline.extract("H100的推理速度是A100的9倍，功耗为A100的一半多。");
        assertTrue(has(x, "h100", Relation.COMPARES_TO, "a100"), x.relations().toString());
        Extraction years = pipeline.extract("英伟达的营收是百度的3年前。");
        assertFalse(has(years, "英伟达", Relation.COMPARES_TO, "百度"), "no multiple, no comparison: " + years.relations());
    }

    @Test
    void a_place_written_before_a_place_or_an_introduced_organisation_holds_it() {
        Extraction x = pipeline.extract("大会在法国里昂举行，美国最大的芯片制造商甲乙科技也来了。");
        assertTrue(has(x, "里昂", Relation.LOCATED_IN, "法国"), x.relations().toString());
        assertTrue(has(x, "甲乙科技", Relation.LOCATED_IN, "美国"), x.relations().toString());
        Extraction listed = pipeline.extract("美国、法国和百度都在名单上，美国对百度的影响很大。");
        assertFalse(listed.relations().stream().anyMatch(r -> r.relation() == Relation.LOCATED_IN),
                "places in a list or before a verb hold nothing: " + listed.relations());
    }

    @Test
    void a_description_and_a_list_of_titles_each_state_their_relation() {
        Extraction x = pipeline.extract("王小明是纽约大学教授、英伟达副总裁和首席科学家。百度创始人兼CEO赵六出席。");
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "纽约大学"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "英伟达"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.FOUNDED, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.LEADS, "百度"), x.relations().toString());
    }

    @Test
    void launch_verbs_state_who_developed_a_product_and_acquisitions_make_a_part() {
        Extraction x = pipeline.extract("英伟达发布了H100，它比A100快三倍。谷歌收购了百度。");
        assertTrue(has(x, "h100", Relation.DEVELOPED_BY, "英伟达"), x.relations().toString());
        assertTrue(has(x, "h100", Relation.COMPARES_TO, "a100"), x.relations().toString());
        assertTrue(has(x, "百度", Relation.PART_OF, "谷歌"), x.relations().toString());
    }

    @Test
    void arrivals_and_departures_phrased_many_ways() {
        Extraction x = pipeline.extract("王小明离职谷歌，跳槽到了百度。赵六于去年从英伟达出走，转投谷歌。");
        assertTrue(has(x, "王小明", Relation.LEFT_TEAM, "谷歌"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.WORKS_FOR, "百度"), x.relations().toString());
        assertFalse(has(x, "王小明", Relation.LEFT_TEAM, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.LEFT_TEAM, "英伟达"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.WORKS_FOR, "谷歌"), x.relations().toString());
    }

    @Test
    void founders_after_you_and_joint_work_and_students() {
        Extraction x = pipeline.extract("百度由王小明、赵六联合创办。王小明与他的学生钱七提出了新方法。");
        assertTrue(has(x, "王小明", Relation.FOUNDED, "百度"), x.relations().toString());
        assertTrue(has(x, "赵六", Relation.FOUNDED, "百度"), x.relations().toString());
        assertTrue(has(x, "钱七", Relation.ADVISED_BY, "王小明"), x.relations().toString());
    }

    @Test
    void a_company_word_stands_for_the_company_named_before() {
        Extraction x = pipeline.extract("百度成立于2000年，公司创始人王小明曾在清华大学读书。");
        assertTrue(has(x, "王小明", Relation.FOUNDED, "百度"), x.relations().toString());
        assertTrue(has(x, "王小明", Relation.STUDIED_AT, "清华大学"), x.relations().toString());
    }
}
