package dev.tupu.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The ready-made queries of {@code queries/}, packaged in the jar: name, what each answers, and its text. */
public final class QueryLibrary {
    /** One query: {@code description} is its leading comment. */
    public record NamedQuery(String name, String description, String query) {
    }

    private final List<NamedQuery> queries;

    public QueryLibrary() {
        this.queries = load();
    }

    public List<NamedQuery> all() {
        return queries;
    }

    private static List<NamedQuery> load() {
        URL dir = QueryLibrary.class.getResource("/queries");
        if (dir == null) {
            return List.of();
        }
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/queries"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<NamedQuery> read(Path dir) throws IOException {
        List<NamedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String description = String.join(" ", text.lines().takeWhile(l -> l.startsWith("#"))
                        .map(l -> l.replaceFirst("^#\\s*", "")).toList());
                out.add(new NamedQuery(file.getFileName().toString().replace(".rq", ""), description, text));
            }
        }
        return List.copyOf(out);
    }
}
