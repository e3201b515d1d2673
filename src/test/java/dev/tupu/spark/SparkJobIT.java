package dev.tupu.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.Commands;
import dev.tupu.Commands.Run;
import dev.tupu.Quads;
import dev.tupu.ontology.Tupu;
import dev.tupu.server.ReadmeExamples;
import dev.tupu.server.ServerConfig;
import dev.tupu.server.TupuServer;
import dev.tupu.store.GraphStore;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job run as users run it ({@code bin/tupu-spark}, Spark in local mode, a JVM of its own) against
 * {@code tupu build}: the same quads for the same documents, failures reported without failing the job, a rerun with
 * the manifest skipping what did not change, and {@code tupu load} of the job's output giving the build's store.
 */
class SparkJobIT {
    private static final Path SHARED = Path.of("../shared");
    private static final Path CORPUS = SHARED.resolve("data/corpus/pku98-199801.txt");
    private static final int PD_DOCUMENTS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    /** The 2,000 People's Daily documents, built and extracted once for the tests that compare them. */
    private static PeoplesDaily peoplesDaily;

    private record PeoplesDaily(Path input, Path built, Path job) {
    }

    @Test
    void over_the_seed_the_job_gives_the_quads_build_stores_and_the_loaded_store_answers_readmes_examples()
            throws Exception {
        Path dir = Files.createDirectories(work.resolve("seed"));
        Path store = dir.resolve("built");
        Commands.tupu(dir, "build", "--input", "seeds", "--store", store.toString()).exits(0);
        Path out = dir.resolve("out");
        Run job = Commands.spark(dir, "--master", "local[2]", "--input", "seeds", "--output", out.toString()).exits(0);
        assertTrue(job.out().contains("extracted 1 documents (0 failed, 0 unchanged"), job.out());

        DatasetGraph built = export(dir, store);
        Quads.assertSame(built, Quads.read(out.resolve("quads")), "the job's quads against the build's");

        Path loaded = dir.resolve("loaded");
        Run load = Commands.tupu(dir, "load", "--input", out.toString(), "--store", loaded.toString()).exits(0);
        assertTrue(load.out().startsWith("loaded 1 documents from 1 files (0 failed)"), load.out());
        Quads.assertSame(built, export(dir, loaded), "the loaded store's export against the build's");

        String token = "spark-job-test-token-0123456789";
        try (GraphStore served = GraphStore.open(loaded, Tupu.PREFIXES);
             TupuServer server = TupuServer.start(new ServerConfig("127.0.0.1", ReadmeExamples.README_PORT,
                     Optional.of(token), Duration.ofSeconds(10), false), served)) {
            ReadmeExamples.runCurlExamples(Files.createDirectories(dir.resolve("readme")), token);
        }
    }

    @Test
    void over_2000_peoples_daily_documents_the_job_gives_the_quads_build_stores() throws Exception {
        PeoplesDaily pd = peoplesDaily();
        DatasetGraph built = export(work, pd.built());
        DatasetGraph extracted = Quads.read(pd.job().resolve("quads"));
        assertEquals(PD_DOCUMENTS, graphs(extracted).size(), "a graph per document");
        Quads.assertSame(built, extracted, "the job's quads against the build's");
        assertEquals(PD_DOCUMENTS, lines(pd.job().resolve("manifest")).size());
        assertEquals(List.of(), lines(pd.job().resolve("failures")));
    }

    @Test
    void loading_the_jobs_output_then_exporting_gives_the_builds_export() throws Exception {
        PeoplesDaily pd = peoplesDaily();
        Path loaded = work.resolve("pd-loaded");
        Run load = Commands.tupu(work, "load", "--input", pd.job().toString(), "--store", loaded.toString(),
                "--batch", "500").exits(0);
        assertTrue(load.out().startsWith("loaded " + PD_DOCUMENTS + " documents"), load.out());
        assertTrue(load.err().contains("committed batch 1 of "), "a line for each committed batch: " + load.err());
        Quads.assertSame(export(work, pd.built()), export(work, loaded), "the loaded store's export against the build's");

        Run again = Commands.tupu(work, "load", "--input", pd.job().toString(), "--store", loaded.toString()).exits(0);
        assertTrue(again.out().contains(": 0 new, 0 replaced, " + PD_DOCUMENTS + " already stored"), again.out());
    }

    @Test
    void a_second_run_with_the_manifest_skips_every_document() throws Exception {
        PeoplesDaily pd = peoplesDaily();
        Path second = work.resolve("pd-second");
        Run rerun = Commands.spark(work, "--master", "local[2]", "--input", pd.input().toString(), "--output",
                second.toString(), "--manifest", pd.job().toString()).exits(0);
        assertTrue(rerun.out().contains("extracted 0 documents (0 failed, " + PD_DOCUMENTS + " unchanged"), rerun.out());
        assertEquals(List.of(), lines(second.resolve("quads")), "no quads: nothing changed");
        assertEquals(new TreeSet<>(lines(pd.job().resolve("manifest"))), new TreeSet<>(lines(second.resolve("manifest"))),
                "the manifest is carried on whole");
    }

    @Test
    void broken_documents_are_reported_and_the_job_still_succeeds_and_a_rerun_extracts_only_what_changed()
            throws Exception {
        Path dir = Files.createDirectories(work.resolve("broken"));
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("good.txt"), "张伟于2015年离开百度，加入了腾讯。");
        Files.write(input.resolve("gbk.txt"), "张伟加入百度".getBytes(Charset.forName("GBK")));
        Files.writeString(input.resolve("blank.md"), "  \n\t\n");
        Files.createDirectories(input.resolve("news"));
        Files.writeString(input.resolve("news/lines.jsonl"), String.join("\n",
                "{\"id\": \"news-7\", \"title\": \"人事\", \"source\": \"feed/7\", \"text\": \"李娜于2019年加入阿里巴巴（Alibaba）。😀\", \"date\": \"2019-05-01\"}",
                "{\"source\": \"feed/8.txt\", \"text\": \"MXNet常被拿来和TensorFlow做比较。\"}",
                "{\"id\": \"news-9\", \"title\": \"no text\"}",
                "{not json",
                "") + "\n");
        Path out = dir.resolve("out");
        Run job = Commands.spark(dir, "--master", "local[2]", "--input", input.toString(), "--output", out.toString())
                .exits(0);
        assertTrue(job.out().contains("extracted 3 documents (4 failed, 0 unchanged"), job.out());
        Map<String, String> problems = new HashMap<>();
        for (String line : lines(out.resolve("failures"))) {
            JsonNode failure = JSON.readTree(line);
            problems.put(failure.get("id").asText(), failure.get("problem").asText());
        }
        assertEquals(Set.of("gbk", "blank", "news-9", "news/lines.jsonl@" + offsetOfLine(input.resolve("news/lines.jsonl"), 3)),
                problems.keySet(), problems.toString());
        assertTrue(problems.get("gbk").contains("not UTF-8"), problems.toString());
        assertTrue(problems.get("blank").contains("empty"), problems.toString());
        assertTrue(job.err().contains("failed: {\"id\""), "the failures are listed: " + job.err());

        DatasetGraph quads = Quads.read(out.resolve("quads"));
        assertEquals(Set.of("https://tupu.dev/doc/good", "https://tupu.dev/doc/news-7", "https://tupu.dev/doc/feed-8"),
                graphs(quads));
        Node news7 = NodeFactory.createURI("https://tupu.dev/doc/news-7");
        assertTrue(quads.contains(news7, news7, Tupu.title.asNode(), NodeFactory.createLiteralString("人事")));
        assertTrue(quads.contains(news7, news7, Tupu.sourcePath.asNode(), NodeFactory.createLiteralString("feed/7")));

        // The same input with one document edited: only that one is extracted; the failed ones are tried again.
        Files.writeString(input.resolve("good.txt"), "张伟于2016年离开腾讯，加入了百度。");
        Path second = dir.resolve("second");
        Run rerun = Commands.spark(dir, "--master", "local[2]", "--input", input.toString(), "--output", second.toString(),
                "--manifest", out.toString()).exits(0);
        assertTrue(rerun.out().contains("extracted 1 documents (4 failed, 2 unchanged"), rerun.out());
        assertEquals(Set.of("https://tupu.dev/doc/good"), graphs(Quads.read(second.resolve("quads"))));
    }

    @Test
    void dates_from_front_matter_or_the_jobs_date_resolve_relative_times_as_build_resolves_them() throws Exception {
        Path dir = Files.createDirectories(work.resolve("dated"));
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("dated.md"), "---\ndate: 2020-07-15\n---\n张伟去年离开百度，加入了腾讯。\n");
        Files.writeString(input.resolve("plain.txt"), "李娜今年三月加入了阿里巴巴。");
        Path store = dir.resolve("built");
        Commands.tupu(dir, "build", "--input", input.toString(), "--store", store.toString(), "--date", "2021-06-01")
                .exits(0);
        Path out = dir.resolve("out");
        Commands.spark(dir, "--master", "local[1]", "--input", input.toString(), "--output", out.toString(),
                "--date", "2021-06-01").exits(0);
        DatasetGraph quads = Quads.read(out.resolve("quads"));
        Quads.assertSame(export(dir, store), quads, "the job's quads against the build's");
        assertTrue(quads.find(Node.ANY, Node.ANY, Tupu.pointInTime.asNode(),
                NodeFactory.createLiteralDT("2019", XSDDatatype.XSDgYear)).hasNext(), "去年 of a 2020 article is 2019");
        assertTrue(quads.find(Node.ANY, Node.ANY, Tupu.startTime.asNode(),
                NodeFactory.createLiteralDT("2021-03", XSDDatatype.XSDgYearMonth)).hasNext(), "今年三月 with --date 2021");

        // Another --date changes the document that had none of its own: only that one is extracted again.
        Run rerun = Commands.spark(dir, "--master", "local[1]", "--input", input.toString(), "--output",
                dir.resolve("second").toString(), "--manifest", out.toString(), "--date", "2022-06-01").exits(0);
        assertTrue(rerun.out().contains("extracted 1 documents (0 failed, 1 unchanged"), rerun.out());
    }

    @Test
    void usage_errors_say_what_is_wrong_without_a_stack_trace() throws Exception {
        Path dir = Files.createDirectories(work.resolve("usage"));
        Path out = Files.createDirectories(dir.resolve("exists"));
        Run exists = Commands.spark(dir, "--master", "local[1]", "--input", "seeds", "--output", out.toString()).exits(2);
        assertTrue(exists.err().contains("exists: give the job a new output directory"), exists.err());
        Run missing = Commands.spark(dir, "--master", "local[1]", "--input", dir.resolve("nothing").toString(),
                "--output", dir.resolve("o").toString()).exits(2);
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
        assertFalse((exists.err() + missing.err()).contains("\tat "), "no stack trace");
    }

    /** Builds and extracts the first 2,000 documents of the corpus once (in path order, as build reads them). */
    private static synchronized PeoplesDaily peoplesDaily() throws Exception {
        if (peoplesDaily == null) {
            Assumptions.assumeTrue(Files.isDirectory(SHARED), "skipped: the People's Daily tests need ../shared "
                    + "beside the checkout (../shared/data/corpus/pku98-199801.txt)");
            assertTrue(Files.isRegularFile(CORPUS), "the People's Daily corpus is expected at " + CORPUS.toAbsolutePath());
            Path dir = Files.createDirectories(work.resolve("pd"));
            Commands.tupu(dir, "corpus", "--corpus", CORPUS.toString(), "--out", dir.resolve("corpus").toString()).exits(0);
            Path articles = dir.resolve("corpus/articles");
            Path input = dir.resolve("input");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(articles)) {
                files = walk.filter(Files::isRegularFile).sorted().limit(PD_DOCUMENTS).toList();
            }
            for (Path file : files) {
                Path copy = input.resolve(articles.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            Path built = dir.resolve("built");
            Commands.tupu(dir, "build", "--input", input.toString(), "--store", built.toString()).exits(0);
            Path job = dir.resolve("job");
            Commands.spark(dir, "--master", "local[2]", "--input", input.toString(), "--output", job.toString()).exits(0);
            peoplesDaily = new PeoplesDaily(input, built, job);
        }
        return peoplesDaily;
    }

    /** {@code tupu export --format nquads} of a store, without the build times. */
    private static DatasetGraph export(Path dir, Path store) throws Exception {
        Path file = Files.createTempFile(dir, "export", ".nq");
        Commands.tupu(dir, "export", "--store", store.toString(), "--format", "nquads", "--output", file.toString())
                .exits(0);
        return Quads.read(file);
    }

    /** Every line of the part files of one of the job's folders. */
    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** The byte offset at which line {@code n} (0-based) of a file starts: how the job names a line with no id. */
    private static long offsetOfLine(Path file, int n) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int line = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (line == n) {
                return i;
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return bytes.length;
    }

    private static Set<String> graphs(DatasetGraph quads) {
        Set<String> graphs = new TreeSet<>();
        quads.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        return graphs;
    }
}
