package dev.tupu.extract.names;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.Entity;
import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names of technology news: foreign names, product models, units of organisations, ambiguous company names. */
class TechNamesTest {
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.PERSON, "王小明"),
            entry(EntityType.COMPANY, "谷歌", "Google"),
            entry(EntityType.COMPANY, "英伟达", "Nvidia"),
            entry(EntityType.COMPANY, "特斯拉", "Tesla"),
            entry(EntityType.COMPANY, "苹果公司", "=Apple", "?苹果"),
            entry(EntityType.UNIVERSITY, "清华大学", "清华"),
            entry(EntityType.COUNTRY, "中国"),
            entry(EntityType.REGION, "北京"),
            entry(EntityType.MEDIA_OUTLET, "新华社"));

    private static List<String> names(Extraction x, EntityType type) {
        return x.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    @Test
    void a_dotted_transliterated_name_is_one_person_and_its_family_name_alone_refers_to_them() {
        Extraction x = pipeline.extract("负责人向CEO蒂姆·库克（Tim Cook）汇报。库克表示满意。");
        assertTrue(names(x, EntityType.PERSON).contains("蒂姆·库克"), x.mentions().toString());
        Entity cook = x.entities().values().stream().filter(e -> e.label().equals("蒂姆·库克")).findFirst().orElseThrow();
        assertTrue(cook.aliases().containsAll(List.of("Tim Cook", "库克")), cook.toString());
        assertEquals(1, x.entities().values().stream().filter(e -> e.type() == EntityType.PERSON).count(),
                "one person with three names: " + x.entities());
    }

    @Test
    void a_latin_family_name_alone_joins_the_full_name_which_stays_the_label() {
        Extraction x = pipeline.extract("Ian Goodfellow 发明了 GAN。后来 Goodfellow 加入了谷歌。");
        List<Entity> persons = x.entities().values().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), persons.toString());
        assertEquals("Ian Goodfellow", persons.get(0).label());
    }

    @Test
    void after_a_persons_title_a_capitalised_word_and_a_family_name_are_one_person_whatever_the_given_name() {
        Extraction x = pipeline.extract("谷歌工程师Cassie Kozyrkov说。主席 Cherri M. Pancake 表示。研究员 Amir Roshan Zamir 告诉记者。");
        assertEquals(List.of("Cassie Kozyrkov", "Cherri M. Pancake", "Amir Roshan Zamir"), names(x, EntityType.PERSON));
    }

    @Test
    void a_latin_name_with_and_without_its_middle_initial_is_one_person() {
        Extraction x = pipeline.extract("导师是Alexei A. Efros教授。Alexei Efros表示满意。");
        List<Entity> persons = x.entities().values().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), persons.toString());
        assertTrue(persons.get(0).aliases().contains("Alexei Efros") || persons.get(0).label().equals("Alexei Efros"),
                persons.toString());
    }

    @Test
    void product_models_with_digits_versions_and_spaces_are_one_name() {
        Extraction x = pipeline.extract("英伟达发布了GeForce RTX 2080 Ti和Jetson Nano，A100与GPT-3都在对比之列，GTC 2019上没有新卡。");
        List<String> projects = x.mentions().stream().filter(m -> m.type().core() == dev.tupu.model.CoreType.PROJECT)
                .map(Mention::text).toList();
        assertTrue(projects.containsAll(List.of("GeForce RTX 2080 Ti", "Jetson Nano", "A100", "GPT-3")), projects.toString());
        assertFalse(projects.stream().anyMatch(p -> p.contains("GTC")), "an event and its year are no product: " + projects);
    }

    @Test
    void a_rare_noun_tagged_as_a_noun_morpheme_still_heads_a_model_name() {
        // People's Daily's tag set writes the noun morpheme Ng with a capital; the segmenter gives it to rare words.
        var in = TestPipelines.segmented("甲乙公司/nt 发布/v 了/u 凤凰/Ng 9000/m 芯片/n 。/w");
        List<String> found = new LatinNameRecognizer().apply(in).candidates().stream().map(Mention::text).toList();
        assertTrue(found.contains("凤凰9000"), found.toString());
    }

    @Test
    void a_kind_noun_before_a_code_is_not_part_of_the_model_name() {
        var in = TestPipelines.segmented("甲乙公司/nt 发布/v 了/u 显卡/n RTX4090/nx 和/c 大模型/n Orca-13B/nx 。/w");
        List<String> found = new LatinNameRecognizer().apply(in).candidates().stream().map(Mention::text).toList();
        assertTrue(found.containsAll(List.of("RTX4090", "Orca-13B")), found.toString());
        assertFalse(found.contains("显卡RTX4090") || found.contains("大模型Orca-13B"), found.toString());
    }

    @Test
    void lower_case_common_words_are_no_names_whatever_kind_word_follows() {
        Extraction x = pipeline.extract("这款ai芯片和soc芯片用于paas平台，而Zentrix芯片由叫abc的组织设计。");
        List<String> names = x.mentions().stream().map(Mention::text).toList();
        assertTrue(names.stream().noneMatch(List.of("ai", "soc", "paas")::contains), names.toString());
        assertTrue(names.containsAll(List.of("Zentrix", "abc")), "a capitalised name, or one the text names: " + names);
    }

    @Test
    void a_chinese_name_and_a_code_make_a_model_but_not_a_figure_or_a_count() {
        Extraction x = pipeline.extract("北京0.8-0.5，英伟达3艘货轮到港，英伟达2∶1取胜，英伟达970也发布了。");
        List<String> projects = x.mentions().stream().filter(m -> m.type().core() == dev.tupu.model.CoreType.PROJECT)
                .map(Mention::text).toList();
        assertEquals(List.of("英伟达970"), projects);
    }

    @Test
    void a_quoted_name_is_the_kind_of_thing_the_word_after_it_says() {
        Extraction x = pipeline.extract("谷歌投资了一家名为“星桥智能”的初创公司，并推出了名为“小桥”的音箱。");
        assertEquals(List.of("星桥智能"), names(x, EntityType.COMPANY).stream().filter(n -> n.startsWith("星")).toList());
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("小桥")
                && m.type().core() == dev.tupu.model.CoreType.PROJECT), x.mentions().toString());
    }

    @Test
    void a_name_a_naming_verb_introduces_without_quotes_is_what_the_kind_word_says() {
        Extraction x = pipeline.extract("这家公司名叫星桥智能。一家名为云杉数据的初创企业获得融资，谷歌推出了名为小桥的音箱。");
        assertTrue(names(x, EntityType.COMPANY).containsAll(List.of("星桥智能", "云杉数据")), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("小桥")
                && m.type().core() == dev.tupu.model.CoreType.PROJECT), x.mentions().toString());
        Extraction designation = pipeline.extract("五家企业被命名为国家级示范企业，这类机构往往名为咨询实为中介。");
        assertTrue(designation.mentions().isEmpty(), "a designation, not a name: " + designation.mentions());
    }

    @Test
    void a_makers_name_before_a_code_that_is_a_name_itself_stays_the_makers() {
        Extraction x = pipeline.extract("新芯片的算力是英伟达A100的两倍。");
        List<String> names = x.mentions().stream().map(Mention::text).toList();
        assertTrue(names.containsAll(List.of("英伟达", "A100")), names.toString());
        assertFalse(names.contains("英伟达A100"), names.toString());
    }

    @Test
    void a_latin_name_is_typed_by_the_word_after_it() {
        Extraction x = pipeline.extract("Ascend芯片和Hopper架构都不是MindSpore框架。");
        assertEquals(List.of("Ascend", "Hopper"), names(x, EntityType.PRODUCT));
        assertEquals(List.of("MindSpore"), names(x, EntityType.SOFTWARE));
    }

    @Test
    void a_capitalised_latin_name_is_typed_by_the_kind_written_before_it() {
        Extraction x = pipeline.extract("硅谷创业公司Zentrix用开源框架Fluxor训练，芯片制造商Norvale和清华大学 Emeritus 教授都在。");
        assertEquals(List.of("Zentrix", "Norvale"), names(x, EntityType.COMPANY));
        assertEquals(List.of("Fluxor"), names(x, EntityType.SOFTWARE));
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("Emeritus")),
                "a university's name ends in 大学: the word after it is no company: " + x.mentions());
    }

    @Test
    void an_english_organisation_name_ends_in_a_designator_or_opens_with_one_and_of() {
        Extraction x = pipeline.extract("他加入了 Benchmark Capital，又去了 Accel Partners 和 Harlow Technologies Inc.。"
                + "她在 Redwood Labs 做研究，毕业于 University of Lagos，获得了 Pioneer Research Award。");
        assertEquals(List.of("Benchmark Capital", "Accel Partners", "Harlow Technologies Inc"), names(x, EntityType.COMPANY));
        assertEquals(List.of("Redwood Labs"), names(x, EntityType.RESEARCH_LAB));
        assertEquals(List.of("University of Lagos"), names(x, EntityType.UNIVERSITY));
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().startsWith("Pioneer")),
                "a designator the name goes on after does not end it: " + x.mentions());
    }

    @Test
    void vendors_assistants_and_speakers_written_before_a_name_type_it() {
        Extraction x = pipeline.extract("地图数据提供商Mapvia和核心厂家Lidarix都来了，语音助手Corvana和智能音箱Echon也在。");
        assertEquals(List.of("Mapvia", "Lidarix"), names(x, EntityType.COMPANY));
        assertEquals(List.of("Corvana"), names(x, EntityType.SOFTWARE));
        assertEquals(List.of("Echon"), names(x, EntityType.PRODUCT));
    }

    @Test
    void a_family_name_with_an_inner_capital_is_a_person_alone_too() {
        Extraction x = pipeline.extract("Yann DeLong 是纽约大学教授。后来 DeLong 说，Yann DeLong 30 多年前就开始了。");
        assertEquals(List.of("Yann DeLong", "DeLong", "Yann DeLong"), names(x, EntityType.PERSON));
        assertTrue(x.mentions().stream().noneMatch(m -> m.type().core() == dev.tupu.model.CoreType.PROJECT),
                x.mentions().toString());
    }

    @Test
    void an_organisation_and_a_country_name_its_branch_there() {
        Extraction x = pipeline.extract("谷歌中国去年推出了新产品，英伟达中国区的员工不多。");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("谷歌中国"), x.mentions().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().text().equals("谷歌中国")
                        && r.relation() == dev.tupu.model.Relation.PART_OF && r.object().text().equals("谷歌")),
                x.relations().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("英伟达中国")),
                "a branch's name does not cut a longer word (中国区): " + x.mentions());
        Extraction dateline = pipeline.extract("新华社北京1月5日电 谷歌北京今天开业。");
        assertTrue(dateline.mentions().stream().noneMatch(m -> m.text().equals("新华社北京")),
                "a dateline is no branch: " + dateline.mentions());
        assertTrue(names(dateline, EntityType.ORGANIZATION).contains("谷歌北京"), dateline.mentions().toString());
    }

    @Test
    void an_architecture_and_its_version_are_one_product_but_not_inside_an_english_title() {
        Extraction x = pipeline.extract("它基于最新的数据中心架构 Zarm v9，可以从《Practical Learning for Coders v3》入手。");
        assertEquals(List.of("Zarm v9"), names(x, EntityType.PRODUCT));
    }

    @Test
    void a_latin_name_before_its_branch_sits_where_the_branch_does() {
        Extraction x = pipeline.extract("离职前，他在Zorvix中国担任首席系统架构师。她离职前是Quorbit技术主管。");
        assertTrue(names(x, EntityType.COMPANY).containsAll(List.of("Zorvix", "Quorbit")), x.mentions().toString());
        assertTrue(names(x, EntityType.ORGANIZATION).contains("Zorvix中国"), x.mentions().toString());
    }

    @Test
    void a_department_ends_in_系_but_a_system_does_not() {
        Extraction x = pipeline.extract("王小明在清华大学计算机系读书，后来在谷歌担任首席系统架构师。");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("清华大学计算机系"), x.mentions().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().endsWith("首席系")), x.mentions().toString());
        Extraction others = pipeline.extract("谷歌一贯重视中美关系，英伟达等有关部门和英伟达小组赛都来了，王小明是谷歌中国籍员工。");
        assertTrue(others.mentions().stream().noneMatch(m -> m.text().endsWith("关系") || m.text().endsWith("部门")
                        || m.text().endsWith("小组") || m.text().equals("谷歌中国")),
                "关系 is no department, 等 lists, 小组赛 is a round, 中国籍 a nationality: " + others.mentions());
    }

    @Test
    void a_unit_named_after_its_organisation_holds_it_and_a_person_named_team_is_not_swallowed() {
        Extraction x = pipeline.extract("清华大学计算机系和谷歌上海研发中心合作，谷歌AI王小明团队也参与。");
        List<String> texts = x.mentions().stream().map(Mention::text).toList();
        assertTrue(texts.containsAll(List.of("清华大学计算机系", "清华大学", "谷歌上海研发中心", "谷歌")), texts.toString());
        assertFalse(texts.contains("谷歌AI王小明团队"), texts.toString());
    }

    @Test
    void a_name_that_is_also_a_common_word_needs_the_text_to_confirm_the_company() {
        assertTrue(pipeline.extract("他很喜欢吃苹果。").mentions().isEmpty());
        assertEquals(List.of("苹果"), names(pipeline.extract("苹果CEO发布了新手机。"), EntityType.COMPANY));
        Extraction confirmed = pipeline.extract("Apple发布会之后，他跳槽到了苹果。");
        assertEquals(2, confirmed.mentions().stream().filter(m -> m.key().equals("org-苹果公司")).count(),
                confirmed.mentions().toString());
        assertEquals(List.of("苹果"), names(pipeline.extract("王小明后来加入苹果，负责芯片。"), EntityType.COMPANY),
                "a verb whose object is an organisation confirms it too");
    }

    @Test
    void titles_in_chinese_title_marks_are_works_and_periodicals_are_media() {
        Extraction x = pipeline.extract("他写了《深度学习入门》一书，《纽约时报》报道了此事，电影《流浪地球》上映。");
        assertEquals(List.of("深度学习入门"), names(x, EntityType.BOOK));
        assertEquals(List.of("纽约时报"), names(x, EntityType.MEDIA_OUTLET));
        assertEquals(List.of("流浪地球"), names(x, EntityType.PROJECT));
    }

    @Test
    void a_quoted_name_a_launch_or_a_kind_of_product_introduces_is_a_project_and_scare_quotes_are_not() {
        Extraction x = pipeline.extract("谷歌推出客服机器人“小蚂答”，又发布了“NASA计划”。这本书被奉为“圣经”。");
        assertEquals(List.of("小蚂答", "NASA计划"), names(x, EntityType.PROJECT));
    }

    @Test
    void a_quoted_name_a_kind_of_product_follows_is_a_project_and_a_quoted_category_is_not() {
        Extraction x = pipeline.extract("谷歌公布的“乙鸟”大模型胜过“丙鱼”芯片，“菜篮子”产品供给充足。");
        assertEquals(List.of("乙鸟", "丙鱼"), names(x, EntityType.PROJECT));
    }

    @Test
    void a_latin_name_where_only_an_organisation_goes_is_a_company_throughout_the_text() {
        Extraction x = pipeline.extract("王小明加盟Zentrix，出任CTO。VoxelMind的CEO赵六表示，VoxelMind将上市。");
        assertEquals(List.of("Zentrix", "VoxelMind", "VoxelMind"), names(x, EntityType.COMPANY));
        Extraction product = pipeline.extract("OpenMind发布了新版本。");
        assertEquals(List.of("OpenMind"), names(product, EntityType.SOFTWARE), "products are released too");
    }

    @Test
    void a_latin_name_a_description_after_it_says_the_kind_of() {
        Extraction x = pipeline.extract("Zentrix是一款基于PyTorch的深度学习框架。Norvale，一家位于里昂的初创公司，获得了融资。");
        assertEquals(List.of("Zentrix"), names(x, EntityType.SOFTWARE).stream().filter(n -> n.startsWith("Z")).toList());
        assertEquals(List.of("Norvale"), names(x, EntityType.COMPANY));
        Extraction longer = pipeline.extract("Vega Frontier Edition是一个用于工作站的GPU。");
        assertTrue(longer.mentions().stream().noneMatch(m -> m.text().equals("Edition")), longer.mentions().toString());
    }

    @Test
    void a_latin_name_founded_is_a_company_and_one_launched_a_product_when_it_stands_alone() {
        Extraction x = pipeline.extract("王小明和赵六联合创办了Zentrix。谷歌发布了Norvale，又创立了Embodied Intelligence。");
        assertEquals(List.of("Zentrix"), names(x, EntityType.COMPANY).stream().filter(n -> !n.equals("谷歌")).toList());
        assertEquals(List.of("Norvale"), names(x, EntityType.SOFTWARE));
        Extraction before = pipeline.extract("谷歌此前推出过Quillon，反响平平。");
        assertEquals(List.of("Quillon"), names(before, EntityType.SOFTWARE), "推出过: launched before");
        Extraction developed = pipeline.extract("Quorix由谷歌和清华大学联合开发。");
        assertEquals(List.of("Quorix"), names(developed, EntityType.SOFTWARE), "X由甲开发: a product");
        Extraction report = pipeline.extract("英伟达发布了Q3财报。");
        assertTrue(report.mentions().stream().noneMatch(m -> m.text().equals("Q3")), report.mentions().toString());
    }

    @Test
    void a_latin_word_opening_a_longer_organisations_name_is_not_the_name() {
        Extraction x = pipeline.extract("他曾任职于EASTPUFFIN石油勘探公司。");
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("EASTPUFFIN")), x.mentions().toString());
    }

    @Test
    void a_latin_name_a_relative_description_or_an_accelerator_card_types() {
        Extraction x = pipeline.extract("Zentrix是谷歌推出的多模态大模型。英伟达发布了Norvale加速卡。");
        assertEquals(List.of("Zentrix"), names(x, EntityType.MODEL).stream().filter(n -> n.startsWith("Z")).toList());
        assertEquals(List.of("Norvale"), names(x, EntityType.PRODUCT));
    }
}
