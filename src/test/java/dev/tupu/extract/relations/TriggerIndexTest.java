package dev.tupu.extract.relations;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger index finds what {@code Matcher.find()} over each sentence finds, trying fewer places. */
class TriggerIndexTest {

    @Test
    void first_characters_are_read_past_look_behinds_and_word_boundaries() {
        assertArrayEquals("加工入比v".toCharArray(),
                TriggerIndex.firstChars("加入|(?<!的)工作|入职|比(?![如较])|\\bvs\\.?\\b"));
        assertArrayEquals(new char[] {'发'}, TriggerIndex.firstChars("发明了?"));
    }

    @Test
    void a_trigger_whose_first_characters_are_unknown_is_tried_everywhere() {
        assertNull(TriggerIndex.firstChars("(加入|加盟)了"), "a group first");
        assertNull(TriggerIndex.firstChars("了?加入"), "an optional first character");
        assertNull(TriggerIndex.firstChars("[加入]盟"), "a class");
        assertNull(TriggerIndex.firstChars("加入|"), "an empty alternative matches anywhere");
        List<int[]> found = matches(new TriggerIndex(List.of(Pattern.compile("(加入|加盟)了"))), 0, "他加入了又加盟了");
        assertEquals(List.of("1-4", "5-8"), found.stream().map(m -> m[0] + "-" + m[1]).toList());
    }

    @Test
    void every_shipped_rule_finds_exactly_what_find_finds_in_the_seed_and_at_sentence_edges() throws IOException {
        List<Pattern> triggers = RelationRule.loadDefault().stream().map(RelationRule::trigger).toList();
        TriggerIndex index = new TriggerIndex(triggers);
        long readable = triggers.stream().filter(t -> TriggerIndex.firstChars(t.pattern()) != null).count();
        assertTrue(readable >= triggers.size() - 2, readable + " of " + triggers.size() + " triggers are indexed");

        List<String> sentences = new ArrayList<>(List.of(
                "工作于百度", "他在百度的工作", "TensorFlow vs PyTorch", "canvs", "二者相比较", "比较。", "比如说",
                "加入加入加盟", "成立于北京", "成立于 2012年", "他们跳槽到跳槽至腾讯", "MXNet常被拿来和TensorFlow做比较"));
        for (String line : Files.readAllLines(Path.of("seeds/000_f81e6ebb9362b9de.txt"))) {
            sentences.addAll(List.of(line.split("(?<=[。！？])")));
        }
        int total = 0;
        for (String sentence : sentences) {
            for (int rule = 0; rule < triggers.size(); rule++) {
                List<String> expected = new ArrayList<>();
                Matcher m = triggers.get(rule).matcher(sentence);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> actual = matches(index, rule, sentence).stream().map(a -> a[0] + "-" + a[1]).toList();
                assertEquals(expected, actual, "rule " + rule + " (" + triggers.get(rule) + ") in: " + sentence);
                total += expected.size();
            }
        }
        assertTrue(total > 50, "the sentences hold triggers: " + total);
    }

    @Test
    void after_a_match_not_taken_the_search_resumes_at_its_next_character_indexed_or_not() {
        // 总部位于 begins inside a name ending in 总部 (offsets 1-3): the caller declines it and 位于 is found.
        for (String trigger : List.of("总部位于|位于", "(总部位于|位于)")) {
            TriggerIndex index = new TriggerIndex(List.of(Pattern.compile(trigger)));
            List<String> taken = new ArrayList<>();
            index.candidates("甲总部位于乙，总部位于丙").find(0, (start, end) -> {
                if (start == 1) {
                    return false;
                }
                taken.add(start + "-" + end);
                return true;
            });
            assertEquals(List.of("3-5", "7-11"), taken, trigger);
        }
    }

    private static List<int[]> matches(TriggerIndex index, int rule, String sentence) {
        List<int[]> found = new ArrayList<>();
        index.candidates(sentence).find(rule, (start, end) -> found.add(new int[] {start, end}));
        return found;
    }
}
