package dev.tupu.extract.names;

import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a short Chinese name of the lexicon is read, given the segmenter's words. */
class LexiconRecognizerTest {
    private static final Set<String> DICTIONARY = Set.of("部长", "沙龙", "市民", "中国人");
    private final LexiconRecognizer stage = new LexiconRecognizer(new Lexicon(List.of(
            entry(EntityType.CITY, "长沙"), entry(EntityType.CITY, "上海", "上海市"), entry(EntityType.COUNTRY, "中国"))),
            DICTIONARY::contains);

    private List<String> names(String words) {
        return stage.apply(TestPipelines.segmented(words)).candidates().stream().map(Mention::text).toList();
    }

    @Test
    void a_short_name_is_not_read_across_or_inside_the_words_a_dictionary_knows() {
        assertEquals(List.of(), names("基础设施 部长 沙龙 说"), "部长|沙龙 holds no 长沙");
        assertEquals(List.of("上海"), names("上海 市民 说"), "上海|市民: 上海市 would cut 市民");
        assertEquals(List.of(), names("中国人 说"));
        assertEquals(List.of("长沙", "中国"), names("长沙 在 中国"));
    }
}
