package dev.tupu.extract.names;

import dev.tupu.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private final Lexicon lexicon = new Lexicon(List.of(
            entry(EntityType.UNIVERSITY, "上海交通大学", "上海交大", "SJTU"),
            entry(EntityType.SOFTWARE, "MXNet", "Apache MXNet")));

    @Test
    void finds_the_longest_name_case_insensitively_with_offsets() {
        String text = "他从上海交大毕业，用apache mxnet和mxnet。";
        List<Lexicon.Match> matches = lexicon.findAll(text);
        assertEquals(List.of("上海交大", "apache mxnet", "mxnet"),
                matches.stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertTrue(matches.stream().allMatch(m -> !m.entry().label().isEmpty()));
        assertEquals("上海交通大学", matches.get(0).entry().label());
    }

    @Test
    void never_matches_inside_a_longer_latin_word() {
        assertTrue(lexicon.findAll("SJTUX and XMXNet").isEmpty());
    }

    @Test
    void a_name_marked_exact_case_does_not_match_the_common_word() {
        Lexicon exact = new Lexicon(List.of(new LexiconEntry("Go", EntityType.PROGRAMMING_LANGUAGE, List.of("=Go"))));
        assertTrue(exact.findAll("let's go now").isEmpty());
        assertEquals(1, exact.findAll("用Go写的").size());
    }

    @Test
    void the_shipped_lexicons_load_and_say_where_they_come_from() throws Exception {
        Lexicon shipped = Lexicon.loadDefault(s -> s);
        assertTrue(shipped.size() > 400, "several hundred entries, got " + shipped.size());
        for (String file : Lexicon.DEFAULT_FILES) {
            String text = new String(getClass().getResourceAsStream("/lexicon/" + file).readAllBytes());
            assertTrue(text.startsWith("#") && text.contains("Source:"), file + " says where its entries come from");
        }
    }

    @Test
    void shipped_names_that_are_also_common_words_are_marked_so() {
        Lexicon shipped = Lexicon.loadDefault(s -> s);
        for (String common : java.util.List.of("微博", "字节", "亚麻", "小米", "甲骨文")) {
            var matches = shipped.findAll("我发了一条" + common);
            assertEquals(1, matches.size(), common);
            assertTrue(matches.get(0).ambiguous(), common + " is a common word too: a text must confirm the company");
        }
        assertTrue(shipped.findAll("新浪微博").stream().noneMatch(Lexicon.Match::ambiguous));
    }
}
