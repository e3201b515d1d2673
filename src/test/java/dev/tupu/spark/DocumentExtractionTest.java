package dev.tupu.spark;

import dev.tupu.spark.DocumentExtraction.BadInput;
import dev.tupu.spark.DocumentExtraction.FileInput;
import dev.tupu.spark.DocumentExtraction.GivenInput;
import dev.tupu.spark.DocumentExtraction.Input;
import dev.tupu.store.GraphStore;
import dev.tupu.support.Version;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's document records, without Spark or models: how JSON lines and manifest lines are read. */
class DocumentExtractionTest {

    @Test
    void a_file_is_named_by_its_path_as_build_names_it() {
        assertEquals("news-2020-a", new FileInput("hdfs://nn/corpus/news/2020/a.txt", "news/2020/a.txt").id());
    }

    @Test
    void a_json_line_gives_its_id_title_source_and_text_with_full_width_and_astral_characters() {
        Input in = DocumentExtraction.readJsonLine("{\"id\": \"新闻 7\", \"title\": \"人事（一）\", \"source\": \"feed/7\", "
                + "\"text\": \"李娜于2019年加入阿里巴巴（Alibaba）。😀\", \"date\": \"2019-05-01\"}", "in.jsonl@0");
        GivenInput given = assertInstanceOf(GivenInput.class, in);
        assertEquals("新闻-7", given.id(), "made a document id as build makes one");
        assertEquals("feed/7", given.sourcePath());
        assertEquals("人事（一）", given.title());
        assertEquals("李娜于2019年加入阿里巴巴（Alibaba）。😀", given.text());
        assertEquals(LocalDate.of(2019, 5, 1), given.date());
    }

    @Test
    void a_json_line_whose_date_is_no_day_is_reported_not_extracted_without_one() {
        BadInput bad = assertInstanceOf(BadInput.class,
                DocumentExtraction.readJsonLine("{\"id\": \"n1\", \"text\": \"x\", \"date\": \"2019-02-30\"}", "w"));
        assertEquals("n1", bad.id());
        assertTrue(bad.problem().contains("'2019-02-30' is not a date"), bad.problem());
    }

    @Test
    void a_json_line_without_an_id_is_named_by_its_source_and_its_source_path_is_the_id_without_one() {
        GivenInput bySource = (GivenInput) DocumentExtraction.readJsonLine("{\"source\": \"feed/8.txt\", \"text\": \"x\"}", "w");
        assertEquals("feed-8", bySource.id());
        GivenInput byId = (GivenInput) DocumentExtraction.readJsonLine("{\"id\": \"a1\", \"text\": \"x\"}", "w");
        assertEquals("a1", byId.sourcePath());
    }

    @Test
    void lines_that_are_not_documents_are_reported_by_id_or_by_place() {
        assertEquals(new BadInput("in.jsonl@12", "a JSON line needs an \"id\" or a \"source\""),
                DocumentExtraction.readJsonLine("{\"text\": \"无名\"}", "in.jsonl@12"));
        assertEquals(new BadInput("n9", "no \"text\" string"), DocumentExtraction.readJsonLine("{\"id\": \"n9\"}", "w"));
        assertEquals(new BadInput("w", "not a JSON object"), DocumentExtraction.readJsonLine("[1, 2]", "w"));
        BadInput broken = (BadInput) DocumentExtraction.readJsonLine("{not json", "in.jsonl@40");
        assertEquals("in.jsonl@40", broken.id());
        assertTrue(broken.problem().startsWith("not a JSON line"), broken.problem());
    }

    @Test
    void a_manifest_line_reads_back_as_the_fingerprint_build_compares() {
        String line = DocumentExtraction.manifestLine("doc-1", "doc/1.txt", "sha256:abc", null);
        Map.Entry<String, String> read = DocumentExtraction.readManifestLine(line);
        assertEquals("doc-1", read.getKey());
        assertEquals(GraphStore.fingerprint("sha256:abc", Version.NAME, ""), read.getValue());
        String dated = DocumentExtraction.manifestLine("doc-1", "doc/1.txt", "sha256:abc", LocalDate.of(2020, 7, 15));
        assertEquals(GraphStore.fingerprint("sha256:abc", Version.NAME, "2020-07-15"),
                DocumentExtraction.readManifestLine(dated).getValue(), "a document's date is part of what a rerun compares");
        assertThrows(IllegalArgumentException.class, () -> DocumentExtraction.readManifestLine("{\"id\": \"x\"}"));
    }
}
