package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names listed beside names of one kind take that kind. */
class CoordinatedNamesTest {
    private final CoordinatedNames stage = new CoordinatedNames(Set.of("甲乙", "松江"), Set.of("AI", "IoT")::contains,
            Set.of("松江", "企鹅", "医生")::contains, Set.of("云计算", "企鹅")::contains);

    /** The names the stage adds to {@code words} (word/tag, space-separated) where {@code known} are recognised. */
    private List<String> added(String words, String... known) {
        Annotation in = TestPipelines.segmented(words);
        List<Mention> names = new ArrayList<>();
        for (String k : known) {
            String[] nameAndType = k.split(":");
            int at = in.normalized().indexOf(nameAndType[0]);
            names.add(new Mention(at, at + nameAndType[0].length(), nameAndType[0],
                    EntityType.byLocalName(nameAndType[1]).orElseThrow(), null, "lexicon"));
        }
        return stage.apply(in.plusCandidates(names)).candidates().stream()
                .filter(m -> CoordinatedNames.SOURCE.equals(m.source()))
                .map(m -> m.text() + ":" + m.type().localName()).toList();
    }

    @Test
    void latin_names_beside_recognised_names_take_their_kind() {
        assertEquals(List.of("Marvell:Company"), added("英伟达/nt 、/w AMD/nx 、/w Marvell/nx 和/c Qualcomm/nx 都/d 在/v 做/v",
                "英伟达:Company", "AMD:Company", "Qualcomm:Company"));
        assertEquals(List.of("Paytm:Company", "Tokopedia:Company"), added("投资/v 了/u Lazada/nx 、/w Paytm/nx 和/c Tokopedia/nx 。/w",
                "Lazada:Company"));
        assertEquals(List.of("Claude:Model", "Gemini:Model"), added("测试/v 了/u GPT-4/nx 、/w Claude/nx 和/c Gemini/nx 。/w",
                "GPT-4:Model"));
        assertEquals(List.of("LeCun:Person"), added("Hinton/nx 、/w LeCun/nx 和/c Bengio/nx 获奖/v",
                "Hinton:Person", "Bengio:Person"));
    }

    @Test
    void a_count_after_the_last_member_ends_it() {
        assertEquals(List.of("Maxon:Software", "Merlo:Software"), added("推出/v 了/u Rivox/nx 、/w Maxon/nx 和/c Merlo/nx 三/m 款/q 软件/n 。/w",
                "Rivox:Software"));
    }

    @Test
    void a_listed_company_beside_organisations_but_no_place_of_that_name() {
        assertEquals(List.of("甲乙:Company"), added("包括/v 百度/nt 、/w 甲乙/nz 和/c 腾讯/nt 。/w", "百度:Company", "腾讯:Company"));
        assertEquals(List.of(), added("包括/v 百度/nt 、/w 松江/ns 和/c 腾讯/nt 。/w", "百度:Company", "腾讯:Company"),
                "a district of the same name");
        assertEquals(List.of(), added("包括/v 甲乙/nz 、/w 丙丁/nz 。/w"), "nothing recognised: the list says nothing");
    }

    @Test
    void rare_chinese_words_listed_among_organisations_are_organisations_longer_than_a_name_inside() {
        assertEquals(List.of("国科投资:Company", "涌铧投资:Company"), added(
                "阿里巴巴/nt 、/w 联想/nt 、/w 国科/nz 投资/n 和/c 涌铧/nz 投资/n 等/u 参投/v 。/w",
                "阿里巴巴:Company", "联想:Company", "国科:Company"));
        assertEquals(List.of(), added("阿里巴巴/nt 、/w 联想/nt 、/w 企鹅/n 医生/n 、/w 云计算/n 等/u", "阿里巴巴:Company",
                "联想:Company"), "common words or a word of the dictionary");
    }

    @Test
    void a_span_too_long_to_be_a_member_ends_the_list() {
        assertEquals(List.of(), added("甲剧院/nt 、/w 乙剧院/nt 等/u 二十多个/m 剧团/n 向/p 首都/n 观众/n 呈献/v 了/u 他们/r 最/d 有/v "
                        + "代表性/n 、/w 高水平/nz 、/w 高品位/nz 的/u 作品/n",
                "甲剧院:Organization", "乙剧院:Organization"), "高水平 is listed with 代表性, not with the theatres");
    }

    @Test
    void no_kind_from_mixed_or_unsure_lists() {
        assertEquals(List.of(), added("AI/nx 、/w IoT/nx 和/c 云计算/n 是/v 方向/n", "云计算:Project"), "common words");
        assertEquals(List.of(), added("百度/nt 、/w Apollo/nx 和/c DuerOS/nx 。/w", "百度:Company", "DuerOS:Software"),
                "a company beside a product");
        assertEquals(List.of(), added("Goodfellow/nx 和/c 谷歌团队/nt 合作/v", "谷歌团队:Team"), "A和B alone: no list");
        assertEquals(List.of(), added("嘉和美康/nr 、/w Prenetics/nx 等/u", "嘉和美康:Person"),
                "a Latin name beside a Chinese person's");
        assertEquals(List.of(), added("Demis/nx 、/w 新西兰/ns 人/n Legg/nx 创立/v", "新西兰:Country"),
                "a place inside a longer noun (新西兰人) is no member");
        assertEquals(List.of(), added("甲/nx 、/w Foo/nx 、/w Bar/nx 、/w Baz/nx 等/u", "甲:Company"),
                "a third of the members or more must be recognised");
    }
}
