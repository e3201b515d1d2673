package dev.tupu.service;

import dev.tupu.extract.Extractor;
import dev.tupu.model.Extraction;
import dev.tupu.model.SourceDocument;
import dev.tupu.ontology.Iris;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.store.GraphStore;
import org.apache.jena.rdf.model.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingests documents into the store. One article's path:
 * <ol>
 *   <li>read the file as strict UTF-8 ({@link DocumentReader}); its id comes from its path relative to the input, its
 *       date (when known) from {@code build --date}, a Markdown file's front matter or the API;</li>
 *   <li>extract: normalise, split sentences, segment with HanLP, recognise names (lexicons, tags, Latin script,
 *       teams), resolve them to entities, find relations ({@link dev.tupu.extract.Pipeline});</li>
 *   <li>map the extraction to RDF: document, entities, plain relation triples, provenance ({@link GraphMapper});</li>
 *   <li>replace the document's named graph in TDB2 in one write transaction ({@link GraphStore}).</li>
 * </ol>
 * Building the same file again replaces its graph, so the store does not grow. Folders of documents are built by
 * {@link CorpusBuilder}, in parallel.
 */
public final class IngestService {
    private static final Pattern EXTENSION = Pattern.compile("\\.(txt|md|TXT|MD)$");
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[-.]+|-+$");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");
    private static final Pattern LINE = Pattern.compile("[^\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]+");

    private final Extractor pipeline;
    private final GraphMapper mapper;
    private final GraphStore store;
    private final Clock clock;

    public IngestService(Extractor pipeline, GraphMapper mapper, GraphStore store, Clock clock) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.store = store;
        this.clock = clock;
    }

    /**
     * A service that only {@link #prepare prepares} documents, each with the caller's extractor, and stores none (the
     * Spark job writes what it prepares as N-Quads): {@link #ingest} needs the other constructor.
     */
    public IngestService(GraphMapper mapper, Clock clock) {
        this(null, mapper, null, clock);
    }

    /** What one document added. */
    public record Ingested(SourceDocument document, Extraction extraction, long triples) {
    }

    /** A document extracted and mapped to RDF, not yet stored. */
    public record Prepared(SourceDocument document, Extraction extraction, Model model) {
    }

    /** Extracts {@code text} and stores it as the document named {@code sourcePath}, replacing an earlier version. */
    public Ingested ingest(String sourcePath, String text) {
        return ingest(sourcePath, text, null);
    }

    /** As {@link #ingest(String, String)}, with a title of the caller's ({@code null}: the text's first line). */
    public Ingested ingest(String sourcePath, String text, String title) {
        return ingest(sourcePath, text, title, null);
    }

    /** As {@link #ingest(String, String, String)}, with the document's date ({@code null}: unknown). */
    public Ingested ingest(String sourcePath, String text, String title, LocalDate date) {
        if (store == null) {
            throw new IllegalStateException("this IngestService prepares documents only: it has no store");
        }
        Prepared prepared = prepare(sourcePath, text, title, date, pipeline);
        store.replaceGraph(Iris.document(prepared.document().id()), prepared.model());
        return new Ingested(prepared.document(), prepared.extraction(), prepared.model().size());
    }

    /** Extracts and maps one document with {@code extractor} (one per thread); stores nothing. */
    public Prepared prepare(String sourcePath, String text, String title, Extractor extractor) {
        return prepare(sourcePath, text, title, null, extractor);
    }

    /** As {@link #prepare(String, String, String, Extractor)}, with the document's date ({@code null}: unknown). */
    public Prepared prepare(String sourcePath, String text, String title, LocalDate date, Extractor extractor) {
        return prepare(documentId(sourcePath), sourcePath, text, title, date, extractor);
    }

    /**
     * As {@link #prepare(String, String, String, LocalDate, Extractor)}, for a document whose id is given rather than
     * taken from its source path (a JSON line's {@code "id"}); {@code id} must be one {@link #documentId} would give.
     */
    public Prepared prepare(String id, String sourcePath, String text, String title, LocalDate date,
            Extractor extractor) {
        String chosenTitle = title == null || title.isBlank() ? title(text, sourcePath) : title.strip();
        SourceDocument doc = new SourceDocument(id, chosenTitle, sourcePath, text, clock.instant(), date);
        Extraction extraction = extractor.extract(text, date);
        return new Prepared(doc, extraction, mapper.toModel(doc, extraction));
    }

    /** A readable id from a source path: {@code news/2020/a.txt} → {@code news-2020-a}. */
    public static String documentId(String sourcePath) {
        String withoutExtension = EXTENSION.matcher(sourcePath).replaceFirst("");
        String id = EDGE_MARKS.matcher(NOT_ID.matcher(withoutExtension).replaceAll("-")).replaceAll("");
        return id.isEmpty() ? "doc-" + Iris.sha256(sourcePath).substring(0, 12) : id;
    }

    /** The first non-blank line after any front matter, without Markdown heading marks, at most 80 characters. */
    static String title(String text, String fallback) {
        Matcher lines = LINE.matcher(text); // line by line, without splitting a long text whole
        lines.region(FrontMatter.of(text).end(), text.length());
        while (lines.find()) {
            String t = HEADING_MARKS.matcher(lines.group()).replaceFirst("").strip();
            if (!t.isEmpty()) {
                return t.length() > 80 ? t.substring(0, t.offsetByCodePoints(0, Math.min(80, t.codePointCount(0, t.length())) - 1)) + "…" : t;
            }
        }
        return fallback;
    }
}
