package dev.tupu.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a document is named from its path and titled from its text. */
class DocumentNamingTest {

    @Test
    void id_is_the_path_without_extension_with_separators_as_dashes() {
        assertEquals("news-2020-a", IngestService.documentId("news/2020/a.txt"));
        assertEquals("19980101-01-001-001", IngestService.documentId("19980101/01-001-001.txt"));
        assertEquals("报道-李沐", IngestService.documentId("报道 / 李沐.md"));
        assertEquals("notes.v2", IngestService.documentId("-notes.v2.TXT"));
    }

    @Test
    void a_path_with_no_letters_or_digits_gets_a_hashed_id() {
        String id = IngestService.documentId("//.txt");
        assertTrue(id.matches("doc-[0-9a-f]{12}"), id);
        assertEquals(id, IngestService.documentId("//.txt"));
    }

    @Test
    void title_is_the_first_non_blank_line_without_heading_marks() {
        assertEquals("亚马逊的𠮷野团队", IngestService.title("\r\n　\n## 亚马逊的𠮷野团队\r\n正文。", "fallback"));
        assertEquals("第一行", IngestService.title("第一行\u2028第二行", "fallback"));
        assertEquals("fallback", IngestService.title(" \n\t\n", "fallback"));
    }

    @Test
    void a_long_title_is_cut_to_80_characters_with_an_ellipsis() {
        String title = IngestService.title("长".repeat(200) + "\n正文", "fallback");
        assertEquals(80, title.codePointCount(0, title.length()));
        assertTrue(title.endsWith("…"));
    }
}
