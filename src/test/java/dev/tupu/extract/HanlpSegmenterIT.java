package dev.tupu.extract;

import dev.tupu.extract.hanlp.HanlpSegmenter;
import dev.tupu.extract.hanlp.HanlpSimplifier;
import dev.tupu.extract.text.SentenceSplitter;
import dev.tupu.extract.text.TextNormalizer;
import dev.tupu.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanlpSegmenterIT {
    private static List<Token> tokens(String text) {
        TextNormalizer normalizer = new TextNormalizer(new HanlpSimplifier());
        Annotation a = new SentenceSplitter().apply(normalizer.apply(Annotation.of(text)));
        return new HanlpSegmenter().apply(a).tokens();
    }

    @Test
    void tokens_slice_back_to_the_original_text_with_full_width_punctuation_latin_script_and_emoji() {
        String text = "😀２０１２年，张伟离开百度（Baidu），前往CMU深造。𠮷野家的MXNet團隊很強！";
        List<Token> tokens = tokens(text);
        assertTrue(tokens.size() > 10);
        for (Token t : tokens) {
            assertEquals(t.end() - t.start(), t.word().length());
            String original = text.substring(t.start(), t.end());
            assertEquals(new TextNormalizer(new HanlpSimplifier()).normalize(original), t.word(),
                    "token " + t + " slices to " + original);
        }
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("张伟") && t.tag().startsWith("nr")));
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("MXNet")));
        Token baidu = tokens.stream().filter(t -> t.word().equals("Baidu")).findFirst().orElseThrow();
        assertEquals("Baidu", text.substring(baidu.start(), baidu.end()));
    }

    @Test
    void traditional_text_is_segmented_as_simplified_with_original_offsets() {
        String text = "馬雲創辦了阿里巴巴集團。";
        List<Token> tokens = tokens(text);
        Token first = tokens.get(0);
        assertEquals("马云", first.word());
        assertEquals("馬雲", text.substring(first.start(), first.end()));
    }
}
