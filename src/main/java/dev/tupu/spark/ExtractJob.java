package dev.tupu.spark;

import dev.tupu.cli.DateConverter;
import dev.tupu.extract.Pipeline;
import dev.tupu.spark.DocumentExtraction.Input;
import dev.tupu.spark.DocumentExtraction.Result;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * tupu's extraction as an Apache Spark job: documents in, N-Quads out, one named graph per document, exactly the
 * graph {@code tupu build} stores for it ({@link DocumentExtraction} runs the same service code). The plan:
 * <ol>
 *   <li>on the driver, list the input through Hadoop's file systems ({@link JobInput}): {@code .txt}/{@code .md}
 *       files are grouped into tasks of about equal bytes; JSON-lines files are read in splits of about that size,
 *       each line a document {@code {"id", "text", "title", "source"}};</li>
 *   <li>given the previous run's manifest, join it on the document id, so each document meets its previous
 *       fingerprint (a shuffle of the inputs: cheap beside extraction, about 2.6 CPU-seconds per MB of Chinese
 *       text);</li>
 *   <li>in {@code mapPartitions}, each document is read, compared, and extracted if new or changed; models load once
 *       per executor JVM, and each running task has a pipeline of its own;</li>
 *   <li>the records go through Hadoop's output committer ({@link JobOutputFormat}) into {@code OUTPUT/quads},
 *       {@code OUTPUT/manifest} and {@code OUTPUT/failures}, so a retried or speculative task writes nothing twice.</li>
 * </ol>
 * Run it with {@code bin/tupu-spark} on one machine or {@code spark-submit --class dev.tupu.spark.ExtractJob
 * target/tupu.jar} on a cluster; Spark itself is not in tupu.jar.
 */
@Command(name = "tupu-spark", mixinStandardHelpOptions = true, version = dev.tupu.support.Version.NAME,
        description = "Extracts documents into N-Quads with Apache Spark: one named graph per document, the graph "
                + "'tupu build' would store. Load the result with 'tupu load --input OUTPUT'.",
        footer = {"", "Output: OUTPUT/quads/*.nq (N-Quads), OUTPUT/manifest/*.jsonl ({\"id\",\"source\",\"hash\","
                + "\"extractor\",\"date\"} for each document read), OUTPUT/failures/*.jsonl ({\"id\",\"problem\"} for each "
                + "document that failed).", "",
                "Examples:", "  bin/tupu-spark --master 'local[*]' --input seeds --output /tmp/out",
                "  bin/tupu-spark --master 'local[2]' --input news/ --output /tmp/out2 --manifest /tmp/out",
                "  spark-submit --class dev.tupu.spark.ExtractJob target/tupu.jar --input hdfs:///corpus "
                        + "--output hdfs:///kg/run1",
                "", "Exit codes: 0 the job ran (failed documents are listed in OUTPUT/failures), 2 bad usage or input "
                + "(such as an OUTPUT that exists), 3 the job or its I/O failed."})
public final class ExtractJob implements Callable<Integer> {
    static final int USAGE = 2;
    static final int FAILED = 3;
    private static final long MAX_TASK_BYTES = 8L << 20;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = ".txt/.md files, JSON-lines files (.jsonl, .ndjson, possibly .gz), or directories walked "
                    + "for them; any path Hadoop reads (local, hdfs://, s3a:// with its connector)")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "a directory that does not exist yet")
    String output;

    @Option(names = "--manifest", paramLabel = "PREV",
            description = "the previous run's output directory (or its manifest folder): documents whose text and "
                    + "extractor are unchanged are skipped, their manifest lines carried on")
    String manifest;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. 'local[*]' (default: the one spark-submit gives)")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "tasks (default: four per core, more for large input so that a task reads at most 8 MB)")
    Integer partitions;

    @Option(names = "--compress", description = "gzip the output files (tupu load reads .nq.gz)")
    boolean compress;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "the date of the documents (when they were published), for every document whose front "
                    + "matter or JSON line gives no date: relative times such as 去年 resolve against it")
    LocalDate date;

    /** What a run did; counted by accumulators (a retried task may count twice: figures for the log, not the data). */
    public record Summary(long extracted, long unchanged, long failed, long characters, long quads, long millis) {
    }

    public static void main(String[] args) {
        int exit = run(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs the job as the command line asks; returns the exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractJob());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tupu-spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        SparkConf conf = new SparkConf().setAppName("tupu extract");
        if (master != null) {
            conf.setMaster(master);
        }
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false"); // one machine: no web UI on port 4040
        }
        if (System.console() != null) {
            conf.setIfMissing("spark.ui.showConsoleProgress", "true"); // Spark's bar of tasks done, on a terminal
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, inputs, output, manifest, partitions, compress, date);
            double seconds = Math.max(s.millis(), 1) / 1000.0;
            System.out.printf("extracted %d documents (%d failed, %d unchanged since the manifest and skipped): "
                            + "%,d quads; %.1f s%n", s.extracted(), s.failed(), s.unchanged(), s.quads(), seconds);
            System.out.printf("  %,.0f chars/s on %d cores; output in %s (quads/, manifest/, failures/)%n",
                    s.characters() / seconds, sc.defaultParallelism(), output);
            if (s.failed() > 0) {
                sc.textFile(new Path(output, JobOutputFormat.FAILURES).toString()).take(20)
                        .forEach(line -> System.err.println("failed: " + line));
            }
        }
        return 0;
    }

    /**
     * Runs the job on {@code sc}, after checking that the output is new and the input there; {@code date} (or null)
     * is the date of every document that gives none of its own.
     */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String output, String manifest,
                              Integer partitions, boolean compress, LocalDate date) throws IOException {
        long started = System.nanoTime();
        Path out = new Path(output);
        FileSystem outFs = out.getFileSystem(sc.hadoopConfiguration());
        if (outFs.exists(out)) {
            throw new IllegalArgumentException(output + " exists: give the job a new output directory");
        }
        JobInput.Listing listing = JobInput.list(inputs, sc.hadoopConfiguration());
        int tasks = partitions != null ? partitions
                : (int) Math.max(4L * sc.defaultParallelism(), (listing.bytes() + MAX_TASK_BYTES - 1) / MAX_TASK_BYTES);
        if (tasks < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1");
        }
        JavaRDD<Input> documents = JobInput.documents(sc, listing, tasks);

        JavaPairRDD<Input, String> withPrevious;
        if (manifest == null) {
            withPrevious = documents.mapToPair(d -> new Tuple2<>(d, (String) null));
        } else {
            JavaPairRDD<String, String> previous = sc.textFile(manifestPath(manifest, sc))
                    .filter(line -> !line.isBlank())
                    .mapToPair(line -> {
                        Map.Entry<String, String> e = DocumentExtraction.readManifestLine(line);
                        return new Tuple2<>(e.getKey(), e.getValue());
                    });
            withPrevious = documents.mapToPair(d -> new Tuple2<>(d.id(), d))
                    .leftOuterJoin(previous, tasks)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(null)));
        }

        Counters counters = new Counters(sc);
        Broadcast<SerializableConfiguration> hadoop = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        JavaPairRDD<String, String> records = withPrevious.mapPartitionsToPair(
                partition -> records(partition, hadoop.value().value(), counters, date));
        if (compress) {
            records.saveAsHadoopFile(output, String.class, String.class, JobOutputFormat.class, GzipCodec.class);
        } else {
            records.saveAsHadoopFile(output, String.class, String.class, JobOutputFormat.class);
        }
        return new Summary(counters.extracted.value(), counters.unchanged.value(), counters.failed.value(),
                counters.characters.value(), counters.quads.value(), (System.nanoTime() - started) / 1_000_000);
    }

    /** {@code PREV/manifest} if PREV is an earlier output directory, else PREV itself. */
    private static String manifestPath(String manifest, JavaSparkContext sc) throws IOException {
        Path path = new Path(manifest);
        FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
        if (!fs.exists(path)) {
            throw new IllegalArgumentException(manifest + ": no such manifest");
        }
        Path inside = new Path(path, JobOutputFormat.MANIFEST);
        return fs.exists(inside) ? inside.toString() : path.toString();
    }

    /** The job's accumulators. */
    private static final class Counters implements Serializable {
        final LongAccumulator extracted;
        final LongAccumulator unchanged;
        final LongAccumulator failed;
        final LongAccumulator characters;
        final LongAccumulator quads;

        Counters(JavaSparkContext sc) {
            extracted = sc.sc().longAccumulator("documents extracted");
            unchanged = sc.sc().longAccumulator("documents unchanged");
            failed = sc.sc().longAccumulator("documents failed");
            characters = sc.sc().longAccumulator("characters");
            quads = sc.sc().longAccumulator("quads");
        }

        void count(Result r) {
            switch (r.status()) {
                case EXTRACTED -> extracted.add(1);
                case UNCHANGED -> unchanged.add(1);
                case FAILED -> failed.add(1);
            }
            characters.add(r.characters());
            quads.add(r.quadCount());
        }
    }

    /**
     * A partition's output records, made one document at a time as the writer pulls them: memory holds one
     * document's records, however large the partition. The task's pipeline goes back to the JVM's idle ones when the
     * task ends, whether it succeeds or fails.
     */
    private static Iterator<Tuple2<String, String>> records(Iterator<Tuple2<Input, String>> documents,
                                                            Configuration conf, Counters counters,
                                                            LocalDate date) {
        Pipeline pipeline = DocumentExtraction.borrowPipeline();
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) done -> DocumentExtraction.returnPipeline(pipeline));
        }
        DocumentExtraction.Reader reader = uri -> {
            Path path = new Path(uri);
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                return in.readAllBytes();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED), false)
                .flatMap(document -> {
                    Result r = DocumentExtraction.process(document._1(), document._2(), reader, pipeline, date);
                    counters.count(r);
                    Stream.Builder<Tuple2<String, String>> out = Stream.builder();
                    if (r.quads() != null && !r.quads().isEmpty()) {
                        out.add(new Tuple2<>(JobOutputFormat.QUADS, r.quads()));
                    }
                    if (r.manifest() != null) {
                        out.add(new Tuple2<>(JobOutputFormat.MANIFEST, r.manifest()));
                    }
                    if (r.failure() != null) {
                        out.add(new Tuple2<>(JobOutputFormat.FAILURES, r.failure()));
                    }
                    return out.build();
                })
                .iterator();
    }
}
