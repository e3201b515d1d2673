package dev.tupu.store;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files {@link BulkLoader} reads: N-Quads or TriG ({@code .nq}, {@code .nquads}, {@code .trig}, each possibly
 * {@code .gz} or {@code .bz2}), found in a folder (hidden files and Hadoop's {@code _SUCCESS} and {@code .crc} files
 * are not data), checked whole before anything of them is loaded, and parsed.
 */
public final class QuadFiles {
    private QuadFiles() {
    }

    /** A file checked whole, and the named graphs it holds. */
    public record Checked(Path file, Set<String> graphs) {
    }

    /** A file that does not parse, or holds data outside a named graph: the message says where. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    /** The data files of {@code input} (a file, or a folder walked), in a stable order. */
    public static List<Path> files(Path input) {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException(input + ": no such file or directory");
        }
        if (Files.isRegularFile(input)) {
            if (!isQuads(input)) {
                throw new IllegalArgumentException(input + ": not N-Quads or TriG (.nq, .nquads, .trig, optionally .gz)");
            }
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(QuadFiles::isData).filter(QuadFiles::isQuads).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": cannot list files: " + e.getMessage(), e);
        }
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_") && !name.endsWith(".crc");
    }

    private static boolean isQuads(Path file) {
        Lang lang = RDFLanguages.pathnameToLang(file.getFileName().toString());
        return Lang.NQUADS.equals(lang) || Lang.TRIG.equals(lang);
    }

    /**
     * Parses {@code file} to the end; a syntax error is thrown as a {@link Malformed} naming the line, and so is data
     * outside a named graph (tupu keeps each document in a graph of its own, named by an IRI).
     */
    public static Checked check(Path file) {
        Set<String> graphs = new LinkedHashSet<>();
        long[] quads = {0};
        parse(file, new StreamRDFBase() {
            private Node last;

            @Override
            public void quad(Quad quad) {
                quads[0]++;
                Node g = quad.getGraph();
                if (!g.equals(last)) { // a document's quads come together: one set lookup per graph, not per quad
                    last = g;
                    if (Quad.isDefaultGraph(g) || !g.isURI()) {
                        throw new Malformed("quad " + quads[0] + " is outside a named graph (tupu keeps each document "
                                + "in a graph of its own, named by an IRI)");
                    }
                    graphs.add(g.getURI());
                }
            }

            @Override
            public void triple(Triple triple) {
                throw new Malformed("a triple outside a named graph (tupu keeps each document in a graph of its own)");
            }
        });
        return new Checked(file, graphs);
    }

    /** Parses {@code file} into {@code sink}: {@code .gz} and {@code .bz2} files are read as what they hold. */
    static void parse(Path file, StreamRDF sink) {
        ErrorHandler errors = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // Jena warns of IRIs and lexical forms it finds odd; the data still loads as it is.
            }

            @Override
            public void error(String message, long line, long col) {
                throw new Malformed("line " + line + ", column " + col + ": " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
        Lang lang = RDFLanguages.pathnameToLang(file.getFileName().toString());
        try (InputStream in = IO.openFileBuffered(file.toString())) {
            RDFParser.source(in).lang(lang).errorHandler(errors).parse(sink);
        } catch (IOException e) {
            throw new Malformed("cannot read: " + e.getMessage());
        } catch (RiotException e) {
            throw new Malformed(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new Malformed("cannot read: " + e.getMessage());
        }
    }
}
