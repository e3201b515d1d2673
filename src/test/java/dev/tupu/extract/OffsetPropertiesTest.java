package dev.tupu.extract;

import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the text, every offset the extractor gives slices back to the text it names. Property-based: texts are
 * generated from a fixed seed (reproducible), mixing random Unicode code units, CJK, names, punctuation, full-width
 * forms, markup, emoji, characters outside the BMP and lone surrogates.
 */
class OffsetPropertiesTest {
    private static final long SEED = 20261126L;
    private static final List<String> PIECES = List.of("王小明", "百度", "Baidu", "MXNet", "清华", "离开", "加入", "毕业于",
            "团队", "（以下简称", "）", "，", "。", "！", "\n", " ", "😀", "𠮷", "ＭＸＮｅｔ", "<b>", "</b>", "&amp;",
            "<!-- x -->", "GluonXY", "Jane Doe", "创始人", "他", "二人", "\uD800", "\uDC00");
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.PERSON, "王小明"), entry(EntityType.COMPANY, "百度", "Baidu"),
            entry(EntityType.SOFTWARE, "MXNet"), entry(EntityType.UNIVERSITY, "清华大学", "清华"));

    static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(31);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    int n = random.nextInt(13);
                    for (int j = 0; j < n; j++) {
                        text.append((char) random.nextInt(0x10000)); // any UTF-16 code unit, surrogates included
                    }
                }
                case 1 -> {
                    int n = random.nextInt(9);
                    for (int j = 0; j < n; j++) {
                        text.append((char) ('\u4e00' + random.nextInt(0x9fff - 0x4e00)));
                    }
                }
                default -> text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return text.toString();
    }

    @Test
    void every_offset_slices_back_to_its_text() {
        Random random = new Random(SEED);
        for (int i = 0; i < 1000; i++) {
            String text = randomText(random);
            check(text, pipeline.extract(text));
        }
    }

    @Test
    void markup_never_becomes_part_of_a_name() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 100; i++) {
            String html = "<html><head><style>.MXNet{}</style></head><body><p class=\"Baidu\">" + randomText(random)
                    + "</p></body></html>";
            Extraction x = pipeline.extract(html);
            check(html, x);
            for (Mention m : x.mentions()) {
                assertTrue(!m.text().contains("<") && !m.text().contains(">"), m.toString());
            }
        }
    }

    static void check(String text, Extraction x) {
        for (Sentence s : x.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        for (Mention m : x.mentions()) {
            assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), m.toString());
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        for (RelationMention r : x.relations()) {
            for (Mention side : List.of(r.subject(), r.object())) {
                assertEquals(side.text(), text.substring(side.start(), side.end()));
            }
            assertEquals(r.sentence().text(), text.substring(r.sentence().start(), r.sentence().end()));
            assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
        }
    }
}
