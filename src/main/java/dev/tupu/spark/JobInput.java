package dev.tupu.spark;

import dev.tupu.service.DocumentReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The job's input, listed on the driver through Hadoop's file systems (local, HDFS, S3 with its connector): the
 * {@code .txt} and {@code .md} files of each input path (a file, or a directory walked), each named by its path
 * relative to that input as {@code build} names it, and the JSON-lines files ({@code .jsonl}, {@code .ndjson},
 * possibly compressed) whose lines are documents.
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

    /** The JSON-lines files' paths relative to their inputs, by URI: to name a line that has no id. */
    static Map<String, String> names(List<LinesFile> files) {
        Map<String, String> names = new LinkedHashMap<>();
        files.forEach(f -> names.put(f.uri(), f.name()));
        return names;
    }
}
