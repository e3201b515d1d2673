package dev.tupu.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PkuCorpusTest {
    private static final String PARAGRAPH =
            "１２月/t  ３１日/t  ，/w  [中国/ns  共产党/n]nt  总书记/n  江/nr  泽民/nr  在/p  北京/ns  发表/v  讲话/n  。/w";

    @Test
    void merges_split_person_names_folds_full_width_and_keeps_compounds() {
        String formatted = PkuCorpus.format(PkuCorpus.mergePersonNames(PkuCorpus.parse(PARAGRAPH)));
        assertEquals("12月/t 31日/t ,/w [中国/ns 共产党/n]/nt 总书记/n 江泽民/nr 在/p 北京/ns 发表/v 讲话/n 。/w", formatted);
    }

    @Test
    void spans_are_top_level_names_with_offsets_into_the_joined_text() {
        JsonNode spans = PkuCorpus.spans(PkuCorpus.mergePersonNames(PkuCorpus.parse(PARAGRAPH)), new ObjectMapper());
        String text = spans.get("text").asText();
        assertEquals("12月31日,中国共产党总书记江泽民在北京发表讲话。", text);
        List<String> names = new java.util.ArrayList<>();
        spans.get("entities").forEach(e -> names.add(
                text.substring(e.get("start").asInt(), e.get("end").asInt()) + "/" + e.get("type").asText()));
        assertEquals(List.of("中国共产党/Organization", "江泽民/Person", "北京/Place"), names);
    }

    @Test
    void holds_out_a_fixed_tenth_and_never_writes_it_to_the_training_file(@TempDir Path dir) throws Exception {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            corpus.append("段落").append(i).append("/n  。/w\n");
        }
        Path file = Files.writeString(dir.resolve("corpus.txt"), corpus);
        PkuCorpus.Split split = PkuCorpus.split(file, dir.resolve("out"));
        assertEquals(27, split.trainParagraphs());
        assertEquals(3, split.testParagraphs());
        String train = Files.readString(split.train());
        String test = Files.readString(split.test());
        for (String held : List.of("段落9/", "段落19/", "段落29/")) {
            assertTrue(test.contains(held));
            assertFalse(train.contains(held));
        }
    }
}
