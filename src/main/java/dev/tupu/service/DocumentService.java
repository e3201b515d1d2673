package dev.tupu.service;

import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import dev.tupu.service.DocumentViews.Added;
import dev.tupu.service.DocumentViews.Detail;
import dev.tupu.service.DocumentViews.EntityInDocument;
import dev.tupu.service.DocumentViews.RelationInDocument;
import dev.tupu.service.DocumentViews.Span;
import dev.tupu.service.DocumentViews.Summary;
import dev.tupu.store.GraphStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents in the store: list them, read one, add one (extracting it), delete one (its named graph only). */
public final class DocumentService {
    public static final int MAX_TEXT_CHARS = 20_000_000;
    private final GraphStore store;
    private final IngestService ingest;

    public DocumentService(GraphStore store, IngestService ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    public List<Summary> list() {
        return store.read(ds -> {
            List<Summary> out = new ArrayList<>();
            ds.listNames().forEachRemaining(name -> {
                Model graph = ds.getNamedModel(name);
                Resource doc = graph.createResource(name);
                if (graph.contains(doc, RDF.type, Tupu.Document)) {
                    out.add(summary(graph, doc));
                }
            });
            out.sort(Comparator.comparing(Summary::sourcePath));
            return out;
        });
    }

    public Detail get(String id) {
        String iri = Iris.document(id);
        return store.read(ds -> {
            Model graph = ds.getNamedModel(iri);
            Resource doc = graph.createResource(iri);
            if (!graph.contains(doc, RDF.type, Tupu.Document)) {
                throw new NotFoundException("no document with id '" + id + "'");
            }
            Summary s = summary(graph, doc);
            String text = string(doc, Tupu.text);
            return new Detail(s.id(), s.iri(), s.title(), s.sourcePath(), s.contentHash(), s.ingestedAt(), s.date(), text,
                    entities(graph, text), relations(graph));
        });
    }

    /**
     * Extracts {@code text} and stores it; the same {@code source} again replaces the earlier version. {@code date}
     * is the date of the text (null: unknown; then a Markdown front matter's {@code date:} is used, if any).
     */
    public Added add(String title, String source, String text, LocalDate date) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("the document text is empty");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new InvalidRequestException("the document is longer than " + MAX_TEXT_CHARS + " characters");
        }
        String sourcePath = source == null || source.isBlank() ? "api/" + Iris.sha256(text).substring(0, 16) : source.strip();
        LocalDate chosenDate = date != null ? date : FrontMatter.of(text).date();
        IngestService.Ingested done;
        synchronized (ingest) { // one pipeline, not thread-safe: ingests take turns
            done = ingest.ingest(sourcePath, text, title, chosenDate);
        }
        var x = done.extraction();
        return new Added(done.document().id(), Iris.document(done.document().id()), done.document().title(),
                chosenDate == null ? null : chosenDate.toString(), x.entities().size(), x.relations().size(), done.triples(),
                x.entities().values().stream().map(e -> e.label()).sorted().toList());
    }

    /** Removes document {@code id}'s named graph and nothing else. */
    public void delete(String id) {
        if (!store.removeGraph(Iris.document(id))) {
            throw new NotFoundException("no document with id '" + id + "'");
        }
    }

    private static Summary summary(Model graph, Resource doc) {
        int entities = graph.listObjectsOfProperty(doc, Tupu.mentions).toList().size();
        int relations = graph.listSubjectsWithProperty(RDF.type, Tupu.RelationMention).toList().size();
        String iri = doc.getURI();
        return new Summary(Iris.documentId(iri).orElse(iri), iri, string(doc, Tupu.title), string(doc, Tupu.sourcePath),
                string(doc, Tupu.contentHash), string(doc, Tupu.generatedAtTime), string(doc, Tupu.date), entities,
                relations);
    }

    private static List<EntityInDocument> entities(Model graph, String text) {
        // Three reads of the whole graph, not three per mention (each one a query on a remote store).
        Map<Resource, Integer> starts = new HashMap<>();
        graph.listStatements(null, Tupu.start, (RDFNode) null).forEachRemaining(st -> starts.put(st.getSubject(), st.getInt()));
        Map<Resource, Integer> ends = new HashMap<>();
        graph.listStatements(null, Tupu.end, (RDFNode) null).forEachRemaining(st -> ends.put(st.getSubject(), st.getInt()));
        Map<Resource, List<Span>> spans = new LinkedHashMap<>();
        for (Statement of : graph.listStatements(null, Tupu.mentionOf, (RDFNode) null).toList()) {
            Integer start = starts.get(of.getSubject());
            Integer end = ends.get(of.getSubject());
            if (start != null && end != null) {
                spans.computeIfAbsent(of.getResource(), k -> new ArrayList<>()).add(new Span(start, end, text.substring(start, end)));
            }
        }
        List<EntityInDocument> out = new ArrayList<>();
        for (var e : spans.entrySet()) {
            e.getValue().sort(Comparator.comparingInt(Span::start));
            Resource entity = e.getKey();
            out.add(new EntityInDocument(Iris.entityKey(entity.getURI()).orElse(entity.getURI()), entity.getURI(),
                    string(entity, RDFS.label), coreType(entity), e.getValue()));
        }
        out.sort(Comparator.comparingInt(x -> x.mentions().get(0).start()));
        return out;
    }

    private static List<RelationInDocument> relations(Model graph) {
        List<RelationInDocument> out = new ArrayList<>();
        for (Resource mention : graph.listSubjectsWithProperty(RDF.type, Tupu.RelationMention).toList()) {
            // The mention's own triples in one read (one query on a remote store), then read from memory.
            Resource ev = ModelFactory.createDefaultModel().add(mention.listProperties()).getResource(mention.getURI());
            Resource s = graph.getResource(ev.getPropertyResourceValue(RDF.subject).getURI());
            Resource o = graph.getResource(ev.getPropertyResourceValue(RDF.object).getURI());
            out.add(new RelationInDocument(Iris.entityKey(s.getURI()).orElse(s.getURI()), string(s, RDFS.label),
                    ev.getPropertyResourceValue(RDF.predicate).getLocalName(),
                    Iris.entityKey(o.getURI()).orElse(o.getURI()), string(o, RDFS.label),
                    string(ev, Tupu.sentence), ev.getRequiredProperty(Tupu.sentenceStart).getInt(),
                    ev.getRequiredProperty(Tupu.subjectStart).getInt(), ev.getRequiredProperty(Tupu.subjectEnd).getInt(),
                    ev.getRequiredProperty(Tupu.objectStart).getInt(), ev.getRequiredProperty(Tupu.objectEnd).getInt(),
                    string(ev, Tupu.rule), ev.getRequiredProperty(Tupu.confidence).getDouble(), ev.getURI(),
                    Times.of(ev)));
        }
        out.sort(Comparator.comparingInt(RelationInDocument::sentenceStart).thenComparingInt(RelationInDocument::subjectStart));
        return out;
    }

    static String coreType(Resource entity) {
        for (Statement st : entity.listProperties(RDF.type).toList()) {
            String local = st.getResource().getLocalName();
            if (List.of("Person", "Organization", "Project", "Place").contains(local)) {
                return local;
            }
        }
        return null;
    }

    private static String string(Resource r, Property p) {
        return Optional.ofNullable(r.getProperty(p)).map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm()).orElse(null);
    }
}
