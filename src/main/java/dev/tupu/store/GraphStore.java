package dev.tupu.store;

import dev.tupu.support.SparqlResources;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the graph lives: one named graph per document, and a default graph that is the union of them. Either the
 * embedded TDB2 store ({@link TdbStore}) or any SPARQL 1.1 dataset over HTTP ({@link RemoteStore}); everything
 * above this interface works the same on both.
 */
public interface GraphStore extends AutoCloseable {

    /**
     * Opens {@code location}: an {@code http(s)://} URL is a remote SPARQL 1.1 dataset, anything else a TDB2
     * directory (created if needed).
     */
    static GraphStore open(String location, PrefixMapping prefixes) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return RemoteStore.connect(location, prefixes);
        }
        return TdbStore.open(Path.of(location), prefixes);
    }

    static TdbStore open(Path directory, PrefixMapping prefixes) {
        return TdbStore.open(directory, prefixes);
    }

    /** An in-memory transactional store, for tests. */
    static TdbStore inMemory(PrefixMapping prefixes) {
        return TdbStore.inMemory(prefixes);
    }

    /**
     * One document's graph to write.
     *
     * @param existed whether the store may hold an older version of it, to delete first
     */
    record GraphWrite(String graphIri, Graph graph, boolean existed) {
    }

    /** The dataset, for Jena's SPARQL protocol implementation and for reads; callers must use transactions. */
    Dataset dataset();

    /** Replaces the named graph {@code graphIri} with {@code model}, atomically. */
    default void replaceGraph(String graphIri, Model model) {
        writeGraphs(List.of(new GraphWrite(graphIri, model.getGraph(), true)));
    }

    /** Writes every graph of {@code writes}, replacing older versions. */
    void writeGraphs(List<GraphWrite> writes);

    /** Removes the named graph {@code graphIri}, and nothing else; true if it held anything. */
    boolean removeGraph(String graphIri);

    /** Runs {@code work} in a read transaction. */
    <T> T read(Function<Dataset, T> work);

    /** Distinct triples of the union graph. */
    long tripleCount();

    /** Quads in all named graphs. */
    long quadCount();

    /** Writes the whole graph: the union graph for triple formats, every named graph for TriG and N-Quads. */
    void export(OutputStream out, RDFFormat format);

    /** Whether SPARQL Update and Graph Store writes can be served over {@link #dataset()}. */
    default boolean writableDataset() {
        return true;
    }

    /**
     * A number that changes with every write, or -1 while a write is under way or when the store cannot tell (a
     * remote store): a result computed between two equal readings may be reused until the number changes.
     */
    default long stableVersion() {
        return -1;
    }

    /** Where the store is, for messages. */
    String location();

    @Override
    void close();

    /**
     * For each stored document (by graph IRI), a fingerprint of the text, the extractor that made its graph and the
     * document's date, as {@link #fingerprint} gives it: a rebuild skips a document whose fingerprint is unchanged.
     */
    default Map<String, String> documentFingerprints() {
        Query query = SparqlResources.load("document-fingerprints.rq");
        return read(ds -> {
            Map<String, String> fingerprints = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> fingerprints.put(row.getResource("g").getURI(),
                        fingerprint(row.getLiteral("hash").getString(),
                                row.contains("extractor") ? row.getLiteral("extractor").getString() : "",
                                row.contains("date") ? row.getLiteral("date").getLexicalForm() : "")));
            }
            return fingerprints;
        });
    }

    /** @param date the document's date as {@code YYYY-MM-DD}, or empty when it has none */
    static String fingerprint(String contentHash, String extractor, String date) {
        return contentHash + " " + extractor + " " + date;
    }
}
