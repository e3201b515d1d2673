package dev.tupu.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tupu.extract.Extractor;
import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.ontology.Iris;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.service.BadDocumentException;
import dev.tupu.service.CorpusBuilder;
import dev.tupu.service.DocumentDates;
import dev.tupu.service.DocumentReader;
import dev.tupu.service.IngestService;
import dev.tupu.service.InvalidRequestException;
import dev.tupu.store.GraphStore;
import dev.tupu.support.Version;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the job does with one document, on an executor; nothing here needs Spark, so it is tested without it.
 * <ol>
 *   <li>the document is read (a {@code .txt} or {@code .md} file, through the caller's reader, decoded as strict
 *       UTF-8 by {@link DocumentReader} as {@code build} decodes it) or given (a JSON line);</li>
 *   <li>if the previous run's manifest holds it with the same content hash and extractor version, it is unchanged:
 *       only its manifest line is written;</li>
 *   <li>otherwise {@link IngestService#prepare} extracts it and maps it to RDF, the same code {@code build} runs, and
 *       its named graph is written as N-Quads, with its manifest line;</li>
 *   <li>a document that cannot be read or extracted gives a failure line, {@code {"id", "problem"}}.</li>
 * </ol>
 * Models and lexicons are loaded once per JVM (an executor runs many tasks); each running task has a pipeline of its
 * own, since HanLP's segmenters keep per-instance state, taken from the JVM's idle ones and given back when the task
 * ends (Spark does not keep its task threads, so a pipeline per thread would be built again and again).
 */
final class DocumentExtraction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IngestService INGEST = new IngestService(new GraphMapper(), Clock.systemUTC());
    /** Pipelines no task is using: a task takes one and gives it back, so they outlive Spark's task threads. */
    private static final Queue<Pipeline> IDLE = new ConcurrentLinkedQueue<>();

    /** The lexicons, rules and models: loaded when the first task of this JVM needs a pipeline. */
    private static final class Models {
        static final Pipelines PIPELINES = new Pipelines();
    }

    /** A pipeline for one task thread: an idle one, or a new one (there are never more than tasks at once). */
    static Pipeline borrowPipeline() {
        Pipeline idle = IDLE.poll();
        return idle != null ? idle : Models.PIPELINES.newPipeline();
    }

    /** Gives a pipeline back when its task has ended. */
    static void returnPipeline(Pipeline pipeline) {
        IDLE.add(pipeline);
    }

    private DocumentExtraction() {
    }

    /** One document to process; {@link #id()} is its document id, the key the previous manifest is joined on. */
    sealed interface Input extends Serializable permits FileInput, GivenInput, BadInput {
        String id();
    }

    /** A {@code .txt} or {@code .md} file; its id comes from its path relative to the input, as in {@code build}. */
    record FileInput(String uri, String sourcePath) implements Input {
        @Override
        public String id() {
            return IngestService.documentId(sourcePath);
        }
    }

    /** A document given whole by a JSON line; {@code date} is its {@code "date"}, or null. */
    record GivenInput(String id, String sourcePath, String title, String text, LocalDate date) implements Input {
    }

    /** A JSON line that is not a document: reported, never extracted. */
    record BadInput(String id, String problem) implements Input {
    }

    /** What became of a document. */
    enum Status { EXTRACTED, UNCHANGED, FAILED }

    /**
     * The records one document gives: its graph as N-Quads lines ({@code quads}), its manifest line, or a failure
     * line; absent ones are null.
     */
    record Result(Status status, String quads, String manifest, String failure, long characters, long quadCount) {
    }

    /** Reads a file's bytes (through Hadoop's file systems, in the job). */
    interface Reader {
        byte[] read(String uri) throws IOException;
    }

    /**
     * Processes one document.
     *
     * @param previous  the fingerprint ({@link GraphStore#fingerprint}) the previous manifest holds for its id, or null
     * @param extractor the task's pipeline ({@link #borrowPipeline}), used by one thread at a time
     * @param jobDate   the date of every document that gives none of its own (front matter, a JSON line's
     *                  {@code "date"}), as {@code build --date}; or null
     */
    static Result process(Input input, String previous, Reader reader, Extractor extractor, LocalDate jobDate) {
        try {
            if (input instanceof BadInput bad) {
                return failed(bad.id(), bad.problem());
            }
            String sourcePath;
            String text;
            String title = null;
            LocalDate own;
            if (input instanceof FileInput file) {
                sourcePath = file.sourcePath();
                text = DocumentReader.decode(sourcePath, read(reader, file));
                own = DocumentReader.date(java.nio.file.Path.of(sourcePath), text);
            } else {
                GivenInput given = (GivenInput) input;
                sourcePath = given.sourcePath();
                text = given.text();
                title = given.title();
                own = given.date();
                if (text.isBlank()) {
                    throw new BadDocumentException(input.id() + ": empty document");
                }
            }
            LocalDate date = own != null ? own : jobDate;
            String hash = GraphMapper.contentHash(text);
            String manifest = manifestLine(input.id(), sourcePath, hash, date);
            if (CorpusBuilder.fingerprint(text, date).equals(previous)) {
                return new Result(Status.UNCHANGED, null, manifest, null, text.length(), 0);
            }
            IngestService.Prepared prepared = INGEST.prepare(input.id(), sourcePath, text, title, date, extractor);
            Node graph = NodeFactory.createURI(Iris.document(input.id()));
            String quads = nquads(graph, prepared.model().getGraph());
            return new Result(Status.EXTRACTED, quads, manifest, null, text.length(), prepared.model().size());
        } catch (BadDocumentException e) {
            return failed(input.id(), e.getMessage());
        } catch (RuntimeException e) {
            // A fault on one document must not cost the rest of the corpus, as in build.
            return failed(input.id(), "extraction failed: " + e);
        }
    }

    private static byte[] read(Reader reader, FileInput file) {
        try {
            return reader.read(file.uri());
        } catch (IOException e) {
            throw new BadDocumentException(file.sourcePath() + ": cannot read: " + e.getMessage());
        }
    }

    private static Result failed(String id, String problem) {
        ObjectNode line = JSON.createObjectNode().put("id", id).put("problem", problem);
        return new Result(Status.FAILED, null, null, line.toString(), 0, 0);
    }

    /** The graph's triples as N-Quads lines in {@code graph}, without the final newline (the writer adds one). */
    static String nquads(Node graph, org.apache.jena.graph.Graph triples) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
        out.start();
        triples.find().forEachRemaining(t -> out.quad(Quad.create(graph, t)));
        out.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** A manifest line: {@code {"id", "source", "hash", "extractor"}}, and {@code "date"} if the document has one. */
    static String manifestLine(String id, String sourcePath, String contentHash, LocalDate date) {
        ObjectNode line = JSON.createObjectNode().put("id", id).put("source", sourcePath).put("hash", contentHash)
                .put("extractor", Version.NAME);
        if (date != null) {
            line.put("date", date.toString());
        }
        return line.toString();
    }

    /** A manifest line read back: the document id and the fingerprint a rerun compares with. */
    static Map.Entry<String, String> readManifestLine(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.path("id").isTextual() || !node.path("hash").isTextual()) {
                throw new IllegalArgumentException("not a manifest line (it needs \"id\" and \"hash\"): " + line);
            }
            return Map.entry(node.get("id").asText(),
                    GraphStore.fingerprint(node.get("hash").asText(), node.path("extractor").asText(""),
                            node.path("date").asText("")));
        } catch (IOException e) {
            throw new UncheckedIOException("not a manifest line: " + line, e);
        }
    }

    /**
     * A JSON line {@code {"id", "text", "title", "source", "date"}} as an input: the id is {@code "id"} (made a
     * document id as {@code build} makes one from a path), else taken from {@code "source"}; the source path is
     * {@code "source"}, else the id; {@code "date"} (YYYY-MM-DD) is the document's date, as {@code extract}'s input
     * gives one. {@code where} names the line in failures when it has no id. Other fields are ignored.
     */
    static Input readJsonLine(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new BadInput(where, "not a JSON line: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new BadInput(where, "not a JSON object");
        }
        String id = text(node, "id");
        String source = text(node, "source");
        if (id == null && source == null) {
            return new BadInput(where, "a JSON line needs an \"id\" or a \"source\"");
        }
        String documentId = IngestService.documentId(id != null ? id : source);
        if (!node.path("text").isTextual()) {
            return new BadInput(documentId, "no \"text\" string");
        }
        LocalDate date = null;
        String dateText = text(node, "date");
        if (dateText != null) {
            try {
                date = DocumentDates.parse(dateText, "\"date\"");
            } catch (InvalidRequestException e) {
                return new BadInput(documentId, e.getMessage());
            }
        }
        return new GivenInput(documentId, source != null ? source : id, text(node, "title"), node.get("text").asText(),
                date);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
