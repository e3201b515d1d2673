package dev.tupu.extract.time;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Pipeline;
import dev.tupu.extract.text.SentenceSplitter;
import dev.tupu.extract.text.TextNormalizer;
import dev.tupu.model.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeExpressionsTest {
    private final Pipeline pipeline = new Pipeline(List.of(new TextNormalizer(s -> s), new SentenceSplitter(),
            new TimeExpressions()));

    private List<TimeExpression> times(String text, LocalDate date) {
        Annotation a = pipeline.annotate(text, date);
        for (TimeExpression t : a.times()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets slice the text back");
        }
        return a.times();
    }

    private TimeExpression only(String text, LocalDate date) {
        List<TimeExpression> times = times(text, date);
        assertEquals(1, times.size(), times.toString());
        return times.get(0);
    }

    @Test
    void absolute_times_are_normalised_to_a_year_a_month_or_a_day() {
        assertEquals("2012", only("李四2012年离开百度。", null).value());
        assertEquals("2018-03", only("2018年3月，他加入谷歌。", null).value());
        assertEquals("2020-07-15", only("2020年7月15日发布", null).value());
        assertEquals("2019-03", only("发布于2019/03，", null).value());
        assertEquals("1998", only("一九九八年新年讲话", null).value());
        assertEquals("2019-03", only("２０１９年３月起", null).value(), "full-width digits count too");
    }

    @Test
    void a_range_has_a_start_and_an_end() {
        TimeExpression t = only("2011 年至 2012 年，他在百度工作。", null);
        assertEquals("2011", t.value());
        assertEquals("2012", t.until());
        assertEquals("2016", only("2016-2018年担任CEO", null).value());
        assertEquals("2018", only("2016-2018年担任CEO", null).until());
    }

    @Test
    void relative_times_resolve_against_the_document_date_and_stay_unresolved_without_it() {
        LocalDate date = LocalDate.of(2022, 1, 11);
        assertEquals("2021-04", only("去年4月，他离职。", date).value());
        assertEquals("2022", only("今年初至今已经离开6人", date).value());
        assertEquals("2019", only("3年前他创办了公司", date).value());
        assertEquals("2021-12", only("上个月他加入了百度", date).value());
        assertEquals("2022-01-10", only("昨日，公司宣布", date).value());
        TimeExpression unresolved = only("去年4月，他离职。", null);
        assertNull(unresolved.value());
        assertEquals("去年4月", unresolved.text());
    }

    @Test
    void same_year_and_a_bare_month_take_the_last_year_of_the_text() {
        List<TimeExpression> t = times("2015年，他加入谷歌。同年12月，他离开了。转年3月，他创业。", null);
        assertEquals(List.of("2015", "2015-12", "2016-03"), t.stream().map(TimeExpression::value).toList());
    }

    @Test
    void a_start_marker_and_not_a_time() {
        assertTrue(only("他2019年3月起开始在苹果工作", null).since());
        assertFalse(only("他2019年3月在苹果工作", null).since());
        assertTrue(times("总共2年1个月，增长300%，20世纪", null).isEmpty(), "durations and percentages are no dates");
    }
}
