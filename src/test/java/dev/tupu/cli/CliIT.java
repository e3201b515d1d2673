package dev.tupu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar, run as a user runs it. */
class CliIT {
    private static final Path JAR = Path.of("target/tupu.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    record Run(int exit, String out, String err) {
    }

    private static Run tupu(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path in = Files.writeString(Files.createTempFile(work, "in", ".txt"), stdin == null ? "" : stdin);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out), Files.readString(err));
    }

    @BeforeAll
    static void jarIsBuilt() {
        assertTrue(Files.exists(JAR), "mvn package builds target/tupu.jar");
    }

    @Test
    void every_command_has_help_with_examples() throws Exception {
        for (String command : List.of("build", "load", "serve", "export", "query", "extract")) {
            Run run = tupu(null, command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().contains("Usage: tupu " + command) && run.out().contains("Examples:"), run.out());
        }
    }

    @Test
    void build_prints_a_summary_and_building_twice_keeps_the_triple_count() throws Exception {
        String store = work.resolve("store").toString();
        Run first = tupu(null, "build", "--input", "seeds", "--store", store);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().matches("(?s)built 1 documents \\(0 failed\\): \\d+ entities, \\d+ relations; store holds \\d+ triples.*"),
                first.out());
        Run nt1 = tupu(null, "export", "--store", store, "--format", "ntriples", "--output", "-");
        Run second = tupu(null, "build", "--input", "seeds", "--store", store);
        assertTrue(second.out().startsWith("built 0 documents (0 failed)") && second.out().contains("1 unchanged"),
                "the unchanged article is skipped: " + second.out());
        Run nt2 = tupu(null, "export", "--store", store, "--format", "ntriples", "--output", "-");
        long n1 = nt1.out().lines().count();
        assertTrue(n1 > 500);
        assertEquals(n1, nt2.out().lines().count());
        assertEquals(n1, RDFParser.fromString(nt1.out(), Lang.NTRIPLES).toModel().size());

        Path ttl = work.resolve("graph.ttl");
        assertEquals(0, tupu(null, "export", "--store", store, "--format", "turtle", "--output", ttl.toString()).exit());
        assertEquals(n1, RDFParser.source(ttl).lang(Lang.TURTLE).toModel().size());

        Run csv = tupu(null, "query", "--store", store, "--format", "csv", "--file", "queries/left-team.rq");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("who,left,confidence,sentence"), csv.out());
        Run json = tupu(null, "query", "--store", store, "--format", "json", "ASK { ?s tupu:comparesTo ?o }");
        assertTrue(JSON.readTree(json.out()).get("boolean").asBoolean(), json.out());
    }

    @Test
    void extract_on_every_core_answers_in_input_order_as_one_thread_does() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            lines.append(i % 3 == 0 ? "张伟" + i + "于2015年加入百度。" : i % 3 == 1 ? "李娜离开了腾讯，加入阿里巴巴。" : "第" + i + "行没有名字。")
                    .append('\n');
        }
        Run parallel = tupu(lines.toString(), "extract", "--threads", "4");
        Run single = tupu(lines.toString(), "extract", "--threads", "1");
        assertEquals(0, parallel.exit(), parallel.err());
        assertEquals(60, parallel.out().lines().count());
        assertEquals(single.out(), parallel.out());
        List<String> out = parallel.out().lines().toList();
        for (int i = 0; i < 60; i += 3) {
            assertEquals("张伟" + i + "于2015年加入百度。", JSON.readTree(out.get(i)).get("text").asText());
        }
    }

    @Test
    void build_reports_bad_files_carries_on_and_exits_non_zero() throws Exception {
        Path input = Files.createDirectories(work.resolve("mixed"));
        Files.writeString(input.resolve("good.txt"), "张伟于2015年加入百度。");
        Files.write(input.resolve("gbk.txt"), "张伟加入百度".getBytes("GBK"));
        Files.writeString(input.resolve("blank.md"), "  \n\t\n");
        Run run = tupu(null, "build", "--input", input.toString(), "--store", work.resolve("mixed-store").toString());
        assertEquals(Main.PARTIAL_FAILURE, run.exit());
        assertTrue(run.out().contains("built 1 documents (2 failed)"), run.out());
        assertTrue(run.err().contains("gbk.txt: not UTF-8") && run.err().contains("blank.md: empty"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void usage_errors_say_what_is_wrong_without_a_stack_trace() throws Exception {
        Run missing = tupu(null, "build", "--input", work.resolve("nope").toString(), "--store", work.resolve("s").toString());
        assertEquals(Main.USAGE, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Run syntax = tupu(null, "query", "--store", work.resolve("s").toString(), "SELEC");
        assertEquals(Main.USAGE, syntax.exit());
        assertTrue(syntax.err().contains("line 1, column"), syntax.err());
        assertFalse((missing.err() + syntax.err()).contains("\tat "));
    }

    @Test
    void extract_writes_one_json_line_per_input_line_with_offsets_that_slice_back() throws Exception {
        String[] lines = {"李四于2012年离开百度，前往CMU深造。", "", "MXNet常被拿来和TensorFlow做比较。😀",
                "{\"text\": \"Ｆｕｌｌ－ｗｉｄｔｈ：张三加入了阿里巴巴（Alibaba）。\"}", "{not json"};
        Run run = tupu(String.join("\n", lines) + "\n", "extract", "--format", "jsonl");
        assertEquals(0, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(lines.length, out.size());
        for (int i = 0; i < lines.length; i++) {
            JsonNode d = JSON.readTree(out.get(i));
            String text = d.get("text").asText();
            assertEquals(i == 3 ? JSON.readTree(lines[3]).get("text").asText() : lines[i], text);
            for (JsonNode e : d.get("entities")) {
                assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
                assertTrue(List.of("Person", "Organization", "Project", "Place").contains(e.get("coreType").asText()));
            }
            for (JsonNode r : d.get("relations")) {
                for (String side : List.of("subject", "object")) {
                    JsonNode x = r.get(side);
                    assertEquals(x.get("text").asText(), text.substring(x.get("start").asInt(), x.get("end").asInt()));
                }
                double c = r.get("confidence").asDouble();
                assertTrue(c >= 0 && c <= 1);
            }
        }
        JsonNode first = JSON.readTree(out.get(0));
        assertTrue(first.get("relations").toString().contains("\"predicate\":\"leftTeam\""), out.get(0));
        JsonNode third = JSON.readTree(out.get(2));
        assertTrue(third.get("relations").toString().contains("\"predicate\":\"comparesTo\""), out.get(2));
        assertEquals(0, JSON.readTree(out.get(1)).get("entities").size());
    }

    @Test
    void build_dates_each_document_from_its_front_matter_or_else_the_date_flag() throws Exception {
        Path input = Files.createDirectories(work.resolve("dated"));
        Files.writeString(input.resolve("a.txt"), "张伟于2015年加入百度。");
        Files.writeString(input.resolve("b.md"), "---\ntitle: 李娜\ndate: 2019-03-02\n---\n# 李娜加入腾讯\n李娜去年加入腾讯。\n");
        String store = work.resolve("dated-store").toString();
        String dates = "SELECT ?title ?date { ?doc dcterms:date ?date ; dcterms:title ?title } ORDER BY ?title";
        Run first = tupu(null, "build", "--input", input.toString(), "--store", store, "--date", "2024-05-01");
        assertEquals(0, first.exit(), first.err());
        assertEquals("title,date\r\n张伟于2015年加入百度。,2024-05-01\r\n李娜加入腾讯,2019-03-02\r\n",
                tupu(null, "query", "--store", store, "--format", "csv", dates).out());
        Run again = tupu(null, "build", "--input", input.toString(), "--store", store, "--date", "2024-05-01");
        assertTrue(again.out().contains("2 unchanged"), again.out());
        Run redated = tupu(null, "build", "--input", input.toString(), "--store", store, "--date", "2024-06-01");
        assertTrue(redated.out().startsWith("built 1 documents") && redated.out().contains("1 unchanged"),
                "a new --date re-extracts the documents it dates, not those dated by their own front matter: " + redated.out());
        assertTrue(tupu(null, "query", "--store", store, "--format", "csv", dates).out().contains("张伟于2015年加入百度。,2024-06-01"));
    }

    @Test
    void a_date_that_names_no_day_is_a_clear_error() throws Exception {
        Path input = Files.createDirectories(work.resolve("bad-dates"));
        Files.writeString(input.resolve("ok.txt"), "张伟于2015年加入百度。");
        Run flag = tupu(null, "build", "--input", input.toString(), "--store", work.resolve("bd").toString(),
                "--date", "2024-13-01");
        assertEquals(Main.USAGE, flag.exit(), flag.err());
        assertTrue(flag.err().contains("--date") && flag.err().contains("'2024-13-01' is not a date")
                && flag.err().contains("YYYY-MM-DD"), flag.err());
        Files.writeString(input.resolve("bad.md"), "---\ndate: 上周\n---\n李娜加入腾讯。");
        Run file = tupu(null, "build", "--input", input.toString(), "--store", work.resolve("bd").toString());
        assertEquals(Main.PARTIAL_FAILURE, file.exit());
        assertTrue(file.err().contains("bad.md: the front matter's date '上周' is not a date"), file.err());
        assertTrue(file.out().contains("built 1 documents (1 failed)"), file.out());
        Run extract = tupu("{\"text\": \"李娜去年加入腾讯。\", \"date\": \"2024-02-30\"}\n", "extract");
        assertEquals(Main.USAGE, extract.exit(), extract.err());
        assertTrue(extract.err().contains("'2024-02-30' is not a date"), extract.err());
        assertFalse((flag.err() + file.err() + extract.err()).contains("\tat "), "no stack trace");
        Run dated = tupu("{\"text\": \"李娜去年加入腾讯。\", \"date\": \"2024-02-29\"}\n", "extract");
        assertEquals(0, dated.exit(), dated.err());
        assertEquals("李娜去年加入腾讯。", JSON.readTree(dated.out()).get("text").asText());
    }
}
