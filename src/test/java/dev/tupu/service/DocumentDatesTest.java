package dev.tupu.service;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a document's date comes from: a date as given, and a Markdown file's front matter. */
class DocumentDatesTest {

    @Test
    void a_date_is_a_real_iso_day() {
        assertEquals(LocalDate.of(2020, 7, 15), DocumentDates.parse(" 2020-07-15 ", "--date"));
        for (String bad : new String[] {"2020-02-30", "2020-7-15", "2020/07/15", "15.07.2020", "昨天", "", "2020-07-15T10:00"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DocumentDates.parse(bad, "--date"),
                    bad);
            assertTrue(e.getMessage().startsWith("--date '" + bad + "' is not a date") && e.getMessage().contains("YYYY-MM-DD"),
                    e.getMessage());
        }
    }

    @Test
    void front_matter_gives_its_date_and_where_the_body_starts() {
        String text = "---\ntitle: 李四的新工作\ndate: 2024-05-01\ntags: [a, b]\n---\n# 李四去年加入百度\n";
        FrontMatter fm = FrontMatter.of(text);
        assertEquals(LocalDate.of(2024, 5, 1), fm.date());
        assertEquals(text.indexOf("# 李四"), fm.end());
        assertEquals("李四去年加入百度", IngestService.title(text, "fallback"), "the title skips the front matter");
    }

    @Test
    void front_matter_dates_may_be_quoted_date_times_with_crlf_lines() {
        assertEquals(LocalDate.of(2019, 3, 2), FrontMatter.of("---\r\ndate: \"2019-03-02T09:30:00+08:00\"\r\n---\r\n正文").date());
        assertEquals(LocalDate.of(2019, 3, 2), FrontMatter.of("---\ndate: '2019-03-02 09:30'\n...\n正文").date());
        assertEquals(LocalDate.of(2019, 3, 2), FrontMatter.of("---\ndate:2019-03-02 # published\n---\n").date());
    }

    @Test
    void no_front_matter_or_no_date_in_it_gives_no_date() {
        assertNull(FrontMatter.of("date: 2020-01-01\n正文").date(), "front matter opens with ---");
        assertNull(FrontMatter.of("---\ntitle: x\n---\n正文").date());
        assertNull(FrontMatter.of("---\ndate:\n---\n正文").date());
        assertNull(FrontMatter.of("---\ndate: 2020-01-01\n正文没有结束的分隔线").date(), "an unclosed block is text");
        assertEquals(0, FrontMatter.of("正文\n---\ndate: 2020-01-01\n---\n").end());
        assertNull(FrontMatter.of("---\nupdate: 2020-01-01\n---\n").date(), "only the date key");
    }

    @Test
    void a_front_matter_date_that_names_no_day_is_refused_with_the_file_name() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> FrontMatter.of("---\ndate: 2020-13-01\n---\n正文").date());
        assertTrue(e.getMessage().contains("front matter") && e.getMessage().contains("2020-13-01"), e.getMessage());
        BadDocumentException file = assertThrows(BadDocumentException.class,
                () -> DocumentReader.date(Path.of("news/a.md"), "---\ndate: yesterday\n---\n正文"));
        assertTrue(file.getMessage().startsWith("news/a.md: the front matter's date 'yesterday'"), file.getMessage());
    }

    @Test
    void only_markdown_files_are_read_for_front_matter() {
        String text = "---\ndate: 2024-05-01\n---\n正文";
        assertEquals(LocalDate.of(2024, 5, 1), DocumentReader.date(Path.of("a.MD"), text));
        assertNull(DocumentReader.date(Path.of("a.txt"), text));
    }
}
