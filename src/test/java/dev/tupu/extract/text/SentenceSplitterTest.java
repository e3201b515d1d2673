package dev.tupu.extract.text;

import dev.tupu.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<Sentence> split(String text) {
        return splitter.split(text, new TextNormalizer(s -> s).normalize(text));
    }

    @Test
    void splits_at_full_width_ends_and_keeps_closing_quotes_with_their_sentence() {
        List<Sentence> sentences = split("他说：“MXNet很快。”然后离开了！  PyTorch呢？");
        assertEquals(List.of("他说：“MXNet很快。”", "然后离开了！", "PyTorch呢？"),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void offsets_slice_back_to_each_sentence_and_skip_white_space() {
        String text = "  第一句。\n\n😀第二句有 Alex Smola. Next one here.";
        for (Sentence s : split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertTrue(!s.text().isBlank());
        }
        assertEquals(3, split(text).size());
    }

    @Test
    void does_not_split_decimals_or_versions() {
        assertEquals(1, split("GluonCV 0.7中的工作，速度提高了1.5倍。").size());
    }

    @Test
    void cuts_a_run_on_text_without_punctuation_into_bounded_pieces() {
        String text = "字".repeat(SentenceSplitter.MAX_LENGTH * 3 + 7);
        List<Sentence> sentences = split(text);
        assertEquals(4, sentences.size());
        assertTrue(sentences.stream().allMatch(s -> s.text().length() <= SentenceSplitter.MAX_LENGTH));
        assertEquals(text.length(), sentences.stream().mapToInt(s -> s.text().length()).sum());
    }

    @Test
    void never_splits_a_surrogate_pair() {
        String text = "a".repeat(SentenceSplitter.MAX_LENGTH - 1) + "😀" + "b".repeat(10);
        for (Sentence s : split(text)) {
            assertTrue(!Character.isLowSurrogate(s.text().charAt(0)));
        }
    }
}
