package dev.tupu.extract.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer(s -> s.replace('們', '们').replace("開發", "开发"));

    @Test
    void folds_full_width_letters_digits_and_punctuation_to_half_width() {
        assertEquals("MXNet,2020!(A) B", normalizer.normalize("ＭＸＮｅｔ，２０２０！（Ａ）\u3000Ｂ"));
    }

    @Test
    void keeps_the_length_so_offsets_stay_valid_with_characters_outside_the_bmp() {
        String text = "😀我們用𠮷ＭＸＮｅｔ開發。";
        String normalized = normalizer.normalize(text);
        assertEquals(text.length(), normalized.length());
        assertEquals("😀我们用𠮷MXNet开发。", normalized);
    }

    @Test
    void falls_back_to_char_by_char_conversion_when_a_phrase_mapping_changes_the_length() {
        TextNormalizer lengthChanging = new TextNormalizer(s -> s.length() > 1 ? s + "!" : s.replace('們', '们'));
        assertEquals("我们", lengthChanging.normalize("我們"));
    }

    @Test
    void html_markup_becomes_spaces_of_the_same_length() {
        String html = "<p class=\"x\">王小明&amp;百度</p><script>var a = '<b>';</script>\n<!-- note -->MXNet";
        String normalized = normalizer.normalize(html);
        assertEquals(html.length(), normalized.length());
        assertEquals("王小明", normalized.substring(13, 16));
        assertEquals(-1, normalized.indexOf('<'));
        assertEquals(-1, normalized.indexOf("amp"));
        assertEquals('\n', normalized.charAt(html.indexOf('\n')));
        assertEquals("plain text & 5 < 6", normalizer.normalize("plain text & 5 < 6"));
    }
}
