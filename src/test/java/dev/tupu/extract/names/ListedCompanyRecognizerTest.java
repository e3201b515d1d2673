package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names of a general list of companies, taken only where the text puts an organisation. */
class ListedCompanyRecognizerTest {
    private final ListedCompanyRecognizer recognizer = new ListedCompanyRecognizer(
            Set.of("甲乙", "丙丁戊", "天天", "统一", "卡内基", "王氏"), Set.of("天天")::contains, Set.of("统一")::contains);

    private List<String> companies(String words, Mention... names) {
        Annotation in = TestPipelines.segmented(words).plusCandidates(List.of(names));
        return recognizer.apply(in).candidates().stream()
                .filter(m -> ListedCompanyRecognizer.SOURCE.equals(m.source()))
                .map(m -> m.text() + "@" + m.start()).toList();
    }

    @Test
    void a_listed_name_where_an_organisation_goes_and_its_other_occurrences() {
        assertEquals(List.of("甲乙@5", "甲乙@8"), companies("王小明/nr 加盟/v 甲乙/nz ，/w 甲乙/nz 很/d 好/a"));
        assertEquals(List.of("丙丁戊@3"), companies("百度/nt 、/w 丙丁戊/nz 都/d 在/p 其中/r",
                new Mention(0, 2, "百度", EntityType.COMPANY, null, "lexicon")));
    }

    @Test
    void not_a_listed_word_nor_a_description_nor_where_nothing_says_organisation() {
        assertEquals(List.of(), companies("他/r 喜欢/v 甲乙/nz 。/w"), "no organisation's place");
        assertEquals(List.of(), companies("加盟/v 天天/nz 。/w"), "a common word");
        assertEquals(List.of(), companies("加盟/v 统一/nz 。/w"), "a description");
    }

    @Test
    void the_taggers_person_gives_way_only_where_no_person_goes_and_no_surname_begins_the_name() {
        Mention carnegie = new Mention(5, 8, "卡内基", EntityType.PERSON, null, "model");
        assertEquals(List.of("卡内基@5"), companies("钢铁/n 供应商/n 卡内基/nr 。/w", carnegie));
        assertEquals(List.of(), companies("钢铁/n 巨头/n 卡内基/nr 。/w", carnegie), "a tycoon is a person");
        assertEquals(List.of(), companies("供应商/n 王氏/nr 。/w", new Mention(3, 5, "王氏", EntityType.PERSON, null, "model")),
                "a Chinese surname begins it");
        assertEquals(List.of(), companies("沙龙/nr 和/c 工贸部/nt 会谈/v", new Mention(0, 2, "沙龙", EntityType.PERSON, null,
                "model"), new Mention(3, 6, "工贸部", EntityType.ORGANIZATION, null, "model")), "a minister beside a ministry");
    }
}
