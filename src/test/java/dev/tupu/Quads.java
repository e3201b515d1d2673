package dev.tupu;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** Quads read from N-Quads files, and compared as sets of quads with blank-node labels and build times aside. */
public final class Quads {
    /** {@code prov:generatedAtTime}: when a document was extracted, different in every run. */
    public static final Node GENERATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");

    private Quads() {
    }

    /** Every {@code .nq} file of {@code fileOrDir} in one dataset, without the build times. */
    public static DatasetGraph read(Path fileOrDir) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        for (Path file : files(fileOrDir)) {
            RDFParser.source(file).lang(Lang.NQUADS).parse(quads);
        }
        quads.deleteAny(Node.ANY, Node.ANY, GENERATED_AT, Node.ANY);
        return quads;
    }

    private static List<Path> files(Path fileOrDir) {
        if (Files.isRegularFile(fileOrDir)) {
            return List.of(fileOrDir);
        }
        try (Stream<Path> walk = Files.walk(fileOrDir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the two hold the same quads (blank nodes matched by isomorphism), naming some that differ. */
    public static void assertSame(DatasetGraph expected, DatasetGraph actual, String what) {
        if (IsoMatcher.isomorphic(expected, actual)) {
            return;
        }
        Set<Quad> only1 = set(expected);
        Set<Quad> only2 = set(actual);
        Set<Quad> common = new HashSet<>(only1);
        common.retainAll(only2);
        only1.removeAll(common);
        only2.removeAll(common);
        fail(what + ": " + only1.size() + " quads only in the first, " + only2.size() + " only in the second; e.g.\n  "
                + only1.stream().limit(5).toList() + "\n  " + only2.stream().limit(5).toList());
    }

    private static Set<Quad> set(DatasetGraph dsg) {
        Set<Quad> quads = new HashSet<>();
        dsg.find().forEachRemaining(quads::add);
        return quads;
    }
}
