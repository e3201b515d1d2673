package dev.tupu.spark;

import dev.tupu.service.DocumentReader;
import dev.tupu.spark.DocumentExtraction.BadInput;
import dev.tupu.spark.DocumentExtraction.FileInput;
import dev.tupu.spark.DocumentExtraction.Input;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * The job's input, listed on the driver through Hadoop's file systems (local, HDFS, S3 with its connector): the
 * {@code .txt} and {@code .md} files of each input path (a file, or a directory walked), each named by its path
 * relative to that input as {@code build} names it, and the JSON-lines files ({@code .jsonl}, {@code .ndjson},
 * possibly compressed) whose lines are documents; then, as an RDD of {@link Input}s, spread over tasks.
 */
final class JobInput {
    /** A document file, its size in bytes, and its source path relative to its input. */
    record TextFile(String uri, String sourcePath, long bytes) implements java.io.Serializable {
    }

    /** A JSON-lines file, its size, and its path relative to its input (to name its lines in failures). */
    record LinesFile(String uri, String name, long bytes) {
    }

    /** Everything the input paths hold, in a stable order. */
    record Listing(List<TextFile> texts, List<LinesFile> lines) {
        long bytes() {
            return texts.stream().mapToLong(TextFile::bytes).sum() + lines.stream().mapToLong(LinesFile::bytes).sum();
        }
    }

    private JobInput() {
    }

    static Listing list(List<String> inputs, Configuration conf) throws IOException {
        List<TextFile> texts = new ArrayList<>();
        List<LinesFile> lines = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new IllegalArgumentException(input + ": no such file or directory");
            }
            FileStatus status = fs.getFileStatus(path);
            if (status.isFile() && !DocumentReader.isText(path.getName()) && !isJsonLines(path.getName())) {
                throw new IllegalArgumentException(input + ": neither a .txt or .md document nor JSON lines (.jsonl)");
            }
            Path root = fs.makeQualified(status.isDirectory() ? path : path.getParent());
            walk(fs, status, file -> {
                String relative = relative(root, file.getPath());
                String name = file.getPath().getName();
                if (DocumentReader.isText(name)) {
                    texts.add(new TextFile(file.getPath().toString(), relative, file.getLen()));
                } else if (isJsonLines(name)) {
                    lines.add(new LinesFile(file.getPath().toString(), relative, file.getLen()));
                }
            });
        }
        texts.sort(Comparator.comparing(TextFile::uri));
        lines.sort(Comparator.comparing(LinesFile::uri));
        return new Listing(texts, lines);
    }

    /**
     * Every file under {@code status}, by plain directory listings: {@code FileSystem.listFiles} would also fetch
     * each file's block locations, which on the local file system means its permissions, one {@code stat} process
     * per file (seconds for thousands of files).
     */
    private static void walk(FileSystem fs, FileStatus status, Consumer<FileStatus> visit) throws IOException {
        if (!status.isDirectory()) {
            visit.accept(status);
            return;
        }
        for (FileStatus child : fs.listStatus(status.getPath())) {
            walk(fs, child, visit);
        }
    }

    static boolean isJsonLines(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|deflate|zst|lz4|snappy)$", "");
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** {@code file}'s path below {@code root}, with forward slashes, as {@code build} writes a source path. */
    static String relative(Path root, Path file) {
        String base = root.toUri().getPath();
        String path = file.toUri().getPath();
        if (!base.endsWith("/")) {
            base += "/";
        }
        return path.startsWith(base) ? path.substring(base.length()) : file.getName();
    }

    /**
     * Splits the files into about {@code tasks} groups of about equal bytes, each one task, in listing order: a corpus
     * with a few large files among many small ones still spreads evenly over the executors.
     */
    static List<List<TextFile>> chunks(List<TextFile> files, int tasks) {
        long total = files.stream().mapToLong(f -> Math.max(f.bytes(), 1)).sum();
        long target = Math.max(1, total / Math.max(1, tasks));
        List<List<TextFile>> chunks = new ArrayList<>();
        List<TextFile> open = new ArrayList<>();
        long openBytes = 0;
        for (TextFile file : files) {
            open.add(file);
            openBytes += Math.max(file.bytes(), 1);
            if (openBytes >= target) {
                chunks.add(open);
                open = new ArrayList<>();
                openBytes = 0;
            }
        }
        if (!open.isEmpty()) {
            chunks.add(open);
        }
        return chunks;
    }

    /**
     * The documents of a listing: the files in about {@code tasks} tasks of about equal bytes ({@link #chunks}), then
     * the lines of the JSON-lines files, in splits of about the same size, read lazily (Hadoop reuses a line's
     * {@code Text}, and a split may be large).
     */
    static JavaRDD<Input> documents(JavaSparkContext sc, Listing listing, int tasks) {
        List<List<TextFile>> chunks = chunks(listing.texts(), tasks);
        JavaRDD<Input> files = sc.parallelize(chunks, Math.max(1, chunks.size()))
                .flatMap(chunk -> chunk.stream().map(f -> (Input) new FileInput(f.uri(), f.sourcePath())).iterator());
        if (listing.lines().isEmpty()) {
            return files;
        }
        JobConf jobConf = new JobConf(sc.hadoopConfiguration());
        FileInputFormat.setInputPaths(jobConf, listing.lines().stream().map(f -> new Path(f.uri())).toArray(Path[]::new));
        long lineBytes = listing.lines().stream().mapToLong(LinesFile::bytes).sum();
        long perTask = Math.max(1, listing.bytes() / tasks);
        int splits = (int) Math.min(Integer.MAX_VALUE, Math.max(1, (lineBytes + perTask - 1) / perTask));
        Map<String, String> names = new HashMap<>();
        listing.lines().forEach(f -> names.put(f.uri(), f.name()));
        JavaPairRDD<LongWritable, Text> lines = sc.hadoopRDD(jobConf, TextInputFormat.class, LongWritable.class,
                Text.class, splits);
        JavaRDD<Input> given = ((JavaHadoopRDD<LongWritable, Text>) lines).mapPartitionsWithInputSplit(
                (split, partition) -> {
                    Path file = ((FileSplit) split).getPath();
                    String name = names.getOrDefault(file.toString(), file.getName());
                    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(partition, Spliterator.ORDERED), false)
                            .filter(line -> line._2().getLength() > 0)
                            .map(line -> document(line._2(), name + "@" + line._1().get()))
                            .iterator();
                }, false);
        return files.union(given);
    }

    /** A JSON line as strict UTF-8, then as a document; {@code where} names it (file@byte offset) if it has no id. */
    private static Input document(Text line, String where) {
        try {
            return DocumentExtraction.readJsonLine(Text.decode(line.getBytes(), 0, line.getLength(), false), where);
        } catch (CharacterCodingException e) {
            return new BadInput(where, "not UTF-8 text");
        }
    }
}
