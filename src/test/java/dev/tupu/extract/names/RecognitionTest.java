package dev.tupu.extract.names;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognitionTest {
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.COMPANY, "英伟达", "Nvidia"),
            entry(EntityType.PERSON, "王小明"),
            entry(EntityType.UNIVERSITY, "卡内基梅隆大学", "CMU"));

    private static List<String> texts(Extraction x) {
        return x.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void latin_names_are_typed_by_shape_and_context_with_offsets_into_the_original() {
        String text = "（导读）ＧｌｕｏｎＸＹ基于DeepNet2，由Nvidia创始人Jensen与Jane Doe推出，叫ABC的组织也参与了。";
        Extraction x = pipeline.extract(text);
        for (Mention m : x.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals(List.of("ＧｌｕｏｎＸＹ", "DeepNet2", "Nvidia", "Jensen", "Jane Doe", "ABC"), texts(x));
        assertEquals(EntityType.SOFTWARE, x.mentions().get(0).type());
        assertEquals(EntityType.PERSON, x.mentions().get(3).type());
        assertEquals(EntityType.PERSON, x.mentions().get(4).type());
        assertEquals(EntityType.ORGANIZATION, x.mentions().get(5).type());
    }

    @Test
    void urls_acronyms_and_common_shapes_are_not_names() {
        Extraction x = pipeline.extract("见 https://github.com/SomeOrg/CoolLib 的 API 和 GPUs，PhD 学生。");
        assertTrue(x.mentions().isEmpty(), "found " + texts(x));
    }

    @Test
    void case_and_width_variants_and_aliases_resolve_to_one_entity() {
        Extraction x = pipeline.extract("FooNet很快。foonet和ＦＯＯＮＥＴ都是它。王小明去了CMU，卡内基梅隆大学很好。");
        long fooNets = x.mentions().stream().filter(m -> m.key().equals("project-foonet")).count();
        assertEquals(1, fooNets, "only the CamelCase form is a name by shape; propagation is case-sensitive");
        var cmu = x.entities().get("org-卡内基梅隆大学");
        assertEquals("卡内基梅隆大学", cmu.label());
        assertTrue(cmu.aliases().contains("CMU"));
        assertEquals(2, x.mentions().stream().filter(m -> m.key().equals(cmu.key())).count());
    }

    @Test
    void a_team_named_after_a_person_contains_the_person_and_generic_groups_are_not_teams() {
        Extraction x = pipeline.extract("英伟达AI王小明团队离开了3人，产品组和一个研究团队没有变化。");
        Mention team = x.mentions().stream().filter(m -> m.type() == EntityType.TEAM).findFirst().orElseThrow();
        assertEquals("王小明团队", team.text());
        assertEquals("org-王小明团队", team.key());
        assertEquals(1, x.mentions().stream().filter(m -> m.type() == EntityType.TEAM).count());
        assertFalse(texts(x).contains("产品组"));
    }

    @Test
    void an_empty_text_gives_an_empty_extraction() {
        Extraction x = pipeline.extract("");
        assertTrue(x.mentions().isEmpty() && x.relations().isEmpty() && x.sentences().isEmpty());
    }

    @Test
    void an_alias_introduced_in_the_text_and_its_later_uses_resolve_to_the_named_entity() {
        Extraction x = pipeline.extract("英伟达（以下简称“老黄家”）发布了新卡。老黄家的股价上涨。王小明（Xiaoming Wang）也评论了。");
        var nvidia = x.entities().get("org-英伟达");
        assertTrue(nvidia.aliases().contains("老黄家"), nvidia.toString());
        assertEquals(3, x.mentions().stream().filter(m -> m.key().equals("org-英伟达")).count());
        assertTrue(x.entities().get("person-王小明").aliases().contains("Xiaoming Wang"));
        assertEquals(2, x.entities().size(), x.entities().keySet().toString());
    }

    @Test
    void a_surname_with_a_title_joins_the_one_person_it_fits_and_is_dropped_when_several_fit() {
        Extraction one = pipeline.extract("王小明在CMU读博。王教授后来回国了。");
        assertEquals(2, one.mentions().stream().filter(m -> m.key().equals("person-王小明")).count());
        assertTrue(one.entities().get("person-王小明").aliases().contains("王教授"));
        Extraction two = TestPipelines.withoutSegmenter(entry(EntityType.PERSON, "王小明"), entry(EntityType.PERSON, "王大力"))
                .extract("王小明和王大力都在。王教授说话了。");
        assertTrue(two.mentions().stream().noneMatch(m -> m.text().equals("王教授")), two.mentions().toString());
    }

    @Test
    void dates_and_credits_in_parentheses_are_not_aliases() {
        Extraction x = pipeline.extract("英伟达（2019）发布了新卡（图）。");
        assertEquals(1, x.mentions().size(), x.mentions().toString());
    }
}
