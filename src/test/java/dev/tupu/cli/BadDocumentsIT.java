package dev.tupu.cli;

import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import dev.tupu.service.DocumentService;
import dev.tupu.store.GraphStore;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code build} over a folder of every kind of bad document: each gets a correct result or a clear error naming the
 * file and the problem; the rest are built; the exit code says some failed; no stack trace.
 */
class BadDocumentsIT {
    private static final Path JAR = Path.of("target/tupu.jar");
    private static Path input;
    private static Path store;
    private static String out;
    private static int exit;

    @BeforeAll
    static void buildTheFolder(@TempDir Path dir) throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        store = dir.resolve("store");
        String seed = Files.readString(Path.of("seeds/000_f81e6ebb9362b9de.txt"));
        Files.writeString(input.resolve("empty.txt"), "");
        Files.writeString(input.resolve("whitespace.txt"), " \n\t\u3000\n");
        Files.write(input.resolve("gbk.txt"), "李明于2010年加入百度。".getBytes(Charset.forName("GBK")));
        Files.write(input.resolve("utf16.txt"), "李明于2010年加入百度。".getBytes(StandardCharsets.UTF_16));
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(input.resolve("binary.txt"), binary);
        Files.writeString(input.resolve("run-on.txt"), "李明加入百度".repeat(8_400)); // 50,400 chars, no punctuation
        Files.writeString(input.resolve("page.md"), "<html><body><h1 class=\"MXNet\">标题</h1><p>李明于2010年加入了<b>百度</b>&amp;腾讯。</p>"
                + "<script>var PyTorch = 1;</script></body></html>\n\n# 标题\n\n**张伟**毕业于[清华大学](https://www.tsinghua.edu.cn/)。");
        Files.writeString(input.resolve("emoji.txt"), "😀𠮷李明😀于2010年加入百度🎉，后来离开百度创办了DeepNet。");
        Files.writeString(input.resolve("traditional.txt"), "據報導，馬雲創辦了阿里巴巴集團，後來離開了阿里巴巴。");
        Files.writeString(input.resolve("title-only.md"), "# 深度学习框架综述\n");
        Files.writeString(input.resolve("seed.txt"), seed);
        Files.writeString(input.resolve("ignored.pdf"), "%PDF-1.4");
        Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "build", "--input", input.toString(), "--store",
                store.toString()).redirectErrorStream(true).start();
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        exit = p.waitFor();
    }

    @Test
    void bad_files_are_reported_by_name_and_problem_and_the_rest_are_built() {
        assertEquals(Main.PARTIAL_FAILURE, exit, out);
        for (var expected : Map.of("empty.txt", "empty document", "whitespace.txt", "empty document",
                "gbk.txt", "not UTF-8", "utf16.txt", "not UTF-8", "binary.txt", "not UTF-8").entrySet()) {
            assertTrue(out.contains(expected.getKey() + ": " + expected.getValue()), expected.getKey() + ":\n" + out);
        }
        assertTrue(out.contains("built 6 documents (5 failed)"), out);
        assertFalse(out.contains("Exception") || out.contains("\tat "), "no stack trace:\n" + out);
        assertFalse(out.contains("ignored.pdf"), "only .txt and .md files are read");
    }

    @Test
    void the_good_and_odd_documents_have_correct_results_with_valid_offsets() {
        try (GraphStore s = GraphStore.open(store, Tupu.PREFIXES)) {
            var docs = new DocumentService(s, null);
            for (String id : List.of("run-on", "page", "emoji", "traditional", "title-only", "seed")) {
                var d = docs.get(id);
                for (var e : d.entities()) {
                    for (var span : e.mentions()) {
                        assertEquals(span.text(), d.text().substring(span.start(), span.end()), id);
                        assertFalse(span.text().contains("<") || span.text().contains(">"), id + ": " + span);
                    }
                }
                for (var r : d.relations()) {
                    assertTrue(r.subjectEnd() <= d.text().length() && r.objectEnd() <= d.text().length(), id);
                }
            }
            var page = docs.get("page");
            assertTrue(page.entities().stream().anyMatch(e -> e.label().equals("百度")), "markup does not hide names");
            assertTrue(page.entities().stream().noneMatch(e -> e.label().equals("PyTorch") || e.label().equals("MXNet")),
                    "script bodies and attributes are not text");
            var traditional = docs.get("traditional");
            assertTrue(traditional.relations().stream().anyMatch(r -> r.predicate().equals("founded")), "traditional text works");
            assertEquals("深度学习框架综述", docs.get("title-only").title());
            var emoji = docs.get("emoji");
            assertTrue(emoji.relations().stream().anyMatch(r -> r.predicate().equals("worksFor") || r.predicate().equals("leftTeam")));
            Resource seedDoc = s.read(ds -> ds.getNamedModel(Iris.document("seed")).createResource(Iris.document("seed")));
            assertTrue(seedDoc != null);
        }
    }

}
