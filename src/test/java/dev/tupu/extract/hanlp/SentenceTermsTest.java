package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import dev.tupu.extract.Annotation;
import dev.tupu.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Latin-script words are words of their own; the Chinese text between them is segmented alone. */
class SentenceTermsTest {

    /** A segmenter that knows fixed segmentations of a few strings, and fails on any other. */
    private static Function<String, List<Term>> segmenter(Map<String, List<String>> known) {
        return text -> {
            List<String> items = known.get(text);
            if (items == null) {
                throw new AssertionError("segmented unexpectedly: '" + text + "'");
            }
            List<Term> terms = new ArrayList<>();
            int offset = 0;
            for (String item : items) {
                String word = item.substring(0, item.indexOf('/'));
                Term term = new Term(word, Nature.create(item.substring(item.indexOf('/') + 1)));
                term.offset = offset;
                offset += word.length();
                terms.add(term);
            }
            return terms;
        };
    }

    private static List<String> tokens(String text, Map<String, List<String>> known) {
        Annotation in = Annotation.of(text).withNormalized(text)
                .withSentences(List.of(new Sentence(0, 0, text.length(), text)));
        return SentenceTerms.tokens(in, segmenter(known)).stream()
                .map(t -> text.substring(t.start(), t.end()) + "/" + t.tag()).toList();
    }

    @Test
    void latin_words_stand_alone_and_the_chinese_between_them_is_segmented_alone() {
        Map<String, List<String>> known = Map.of(
                "联席", List.of("联席/l"),
                "王小明表示", List.of("王小明/nr", "表示/v"),
                "和", List.of("和/c"),
                "于1998年发布", List.of("于/p", "1998年/t", "发布/v"));
        assertEquals(List.of("联席/l", "CEO/nx", "王小明/nr", "表示/v", "Yann/nx", "DeLong/nx", "和/c", "GPT-3/nx",
                        "于/p", "1998年/t", "发布/v"),
                tokens("联席CEO王小明表示 Yann DeLong 和GPT-3于1998年发布", known));
    }
}
