package dev.tupu.extract.names;

import dev.tupu.extract.TestPipelines;
import dev.tupu.extract.hanlp.HanlpDictionary;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dotted foreign names, cut where the words around them end. */
class TransliteratedNameRecognizerTest {
    private final TransliteratedNameRecognizer stage =
            new TransliteratedNameRecognizer(HanlpDictionary.transliterationCharacters());

    private List<String> names(String words) {
        return stage.apply(TestPipelines.segmented(words)).candidates().stream().map(Mention::text).toList();
    }

    @Test
    void a_title_before_the_name_is_not_part_of_it_and_the_last_word_is_whole() {
        assertEquals(List.of("约翰·史密斯"), names("某党/nt 主席/n 约翰/nr ·/w 史密斯/nr 说/v"));
        assertEquals(List.of("卡尔·赫尔曼"), names("副/b 总理/n 卡尔/nr ·/w 赫尔曼/nr 今天/t 说/v"));
    }
}
