package dev.tupu.extract;

import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the text, every offset the extractor gives slices back to the text it names. */
class OffsetPropertiesTest {
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.PERSON, "王小明"), entry(EntityType.COMPANY, "百度", "Baidu"),
            entry(EntityType.SOFTWARE, "MXNet"), entry(EntityType.UNIVERSITY, "清华大学", "清华"));

    /** Texts mixing names, Chinese, Latin, full-width forms, markup, emoji and characters outside the BMP. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(8),
                Arbitraries.of("王小明", "百度", "Baidu", "MXNet", "清华", "离开", "加入", "毕业于", "团队", "（以下简称",
                        "）", "，", "。", "！", "\n", " ", "😀", "𠮷", "ＭＸＮｅｔ", "<b>", "</b>", "&amp;", "<!-- x -->",
                        "GluonXY", "Jane Doe", "创始人", "他", "二人", "\uD800", "\uDC00"));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Property(tries = 600)
    void every_offset_slices_back_to_its_text(@ForAll("texts") String text) {
        Extraction x = pipeline.extract(text);
        check(text, x);
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

    @Property(tries = 50)
    void markup_never_becomes_part_of_a_name(@ForAll("texts") String text) {
        String html = "<html><head><style>.MXNet{}</style></head><body><p class=\"Baidu\">" + text + "</p></body></html>";
        Extraction x = pipeline.extract(html);
        check(html, x);
        for (Mention m : x.mentions()) {
            assertTrue(!m.text().contains("<") && !m.text().contains(">"), m.toString());
        }
    }
}
