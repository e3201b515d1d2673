package dev.tupu.extract.time;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.tupu.extract.TestPipelines.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RelationTimesTest {
    private final Pipeline pipeline = TestPipelines.withoutSegmenter(
            entry(EntityType.PERSON, "王小明"),
            entry(EntityType.COMPANY, "百度"),
            entry(EntityType.COMPANY, "谷歌"),
            entry(EntityType.UNIVERSITY, "清华大学"),
            entry(EntityType.UNIVERSITY, "卡内基梅隆大学", "CMU"));

    private static RelationTime timeOf(Extraction x, Relation relation, String object) {
        return x.relations().stream().filter(r -> r.relation() == relation && r.object().key().endsWith(object))
                .findFirst()
                .orElseThrow(() -> new AssertionError(relation + " " + object + " not found: " + x.relations()))
                .time();
    }

    @Test
    void a_leading_time_phrase_dates_the_events_and_states_of_its_sentence() {
        Extraction x = pipeline.extract("2012年，王小明离开百度，前往CMU深造。");
        assertEquals("2012", timeOf(x, Relation.LEFT_TEAM, "百度").point());
        RelationTime study = timeOf(x, Relation.STUDIED_AT, "卡内基梅隆大学");
        assertEquals("2012", study.start(), "going to study starts the state");
        assertNull(study.end());
        assertEquals("2012年", study.text());
        assertEquals(0, study.textStart());
    }

    @Test
    void a_titled_post_ends_when_the_sentence_dates_its_holder_leaving_or_being_hired_away() {
        Extraction x = pipeline.extract("2018年12月，百度资深设计师王小明离职。");
        assertEquals("2018-12", timeOf(x, Relation.LEFT_TEAM, "百度").point());
        assertEquals("2018-12", timeOf(x, Relation.WORKS_FOR, "百度").end());
        Extraction hired = pipeline.extract("2018年8月，谷歌挖来了百度首席工程师王小明。");
        assertEquals("2018-08", timeOf(hired, Relation.LEFT_TEAM, "百度").point(), "hired away: left " + hired.relations());
        assertEquals("2018-08", timeOf(hired, Relation.WORKS_FOR, "百度").end());
        assertEquals("2018-08", timeOf(hired, Relation.WORKS_FOR, "谷歌").start());
    }

    @Test
    void graduating_ends_a_state_and_a_range_gives_both_ends() {
        Extraction x = pipeline.extract("王小明2004年从清华大学毕业。2011年至2012年，王小明在百度工作。");
        assertEquals("2004", timeOf(x, Relation.STUDIED_AT, "清华大学").end());
        RelationTime work = timeOf(x, Relation.WORKS_FOR, "百度");
        assertEquals("2011", work.start());
        assertEquals("2012", work.end());
    }

    @Test
    void no_time_in_the_clause_means_no_time_on_the_relation_and_a_birth_year_dates_nothing() {
        Extraction x = pipeline.extract("王小明离开了百度。王小明1985年生，加入了谷歌。");
        assertNull(timeOf(x, Relation.LEFT_TEAM, "百度"));
        assertNull(timeOf(x, Relation.WORKS_FOR, "谷歌"), "1985年生 is a birth, not when he joined");
    }

    @Test
    void a_relative_clause_on_the_object_is_not_dated_by_the_sentence_it_stands_in() {
        Extraction x = pipeline.extract("2016年3月，他跳槽到了王小明创立的百度。");
        assertNull(timeOf(x, Relation.FOUNDED, "百度"), "百度 was founded before he went there");
        Extraction main = pipeline.extract("2016年3月，王小明创立了百度。");
        assertEquals("2016-03", timeOf(main, Relation.FOUNDED, "百度").point());
    }

    @Test
    void a_relative_time_resolves_with_the_document_date_and_keeps_its_text_without() {
        String text = "去年4月，王小明加入了谷歌。";
        assertEquals("2021-04", timeOf(pipeline.extract(text, LocalDate.of(2022, 1, 11)), Relation.WORKS_FOR, "谷歌").start());
        RelationTime unresolved = timeOf(pipeline.extract(text), Relation.WORKS_FOR, "谷歌");
        assertNull(unresolved.start());
        assertEquals("去年4月", unresolved.text());
    }
}
