package dev.tupu.service;

import dev.tupu.model.Relation;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import dev.tupu.support.SparqlResources;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whole-graph views: counts, the store at a glance, how two entities are connected, the description of one entity,
 * document or mention as RDF.
 */
public final class GraphService {
    public static final int MAX_HOPS = 4;
    public static final int MAX_PATHS = 20;
    private final GraphStore store;

    public GraphService(GraphStore store) {
        this.store = store;
    }

    /** Counts: documents, entities by class, relations by predicate, relation mentions, triples. */
    public record Stats(int documents, Map<String, Integer> entities, Map<String, Integer> relations,
                       int relationMentions, int entityMentions, long triples) {
    }

    /** One step of a path: {@code from} → {@code predicate} → {@code to}, read forwards or backwards. */
    public record Step(String from, String fromLabel, String predicate, String to, String toLabel, boolean forward) {
    }

    /** The shortest paths between two entities (up to {@value #MAX_PATHS}). */
    public record Paths(String from, String to, int maxHops, List<List<Step>> paths) {
    }

    /** How many things of one class (by its local name) the store holds. */
    public record ClassCount(String name, long count) {
    }

    /** How many pairs one relation links, and how many mentions state it. */
    public record RelationCount(String predicate, long relations, long mentions) {
    }

    /** An entity and how many distinct relations it has (either way). */
    public record Connected(String id, String iri, String label, String type, long degree) {
    }

    /** A document as the overview lists it; {@code date} is null when unknown. */
    public record LatestDocument(String id, String iri, String title, String date, String ingestedAt) {
    }

    /** One relation between two entities of the overview graph. */
    public record Edge(String source, String predicate, String target) {
    }

    /** The most connected entities (nodes) and the relations among them. */
    public record OverviewGraph(List<Connected> nodes, List<Edge> edges) {
    }

    /**
     * The store at a glance: documents and triples, things by class, relations by predicate, the
     * {@value #TOP_ENTITIES} most connected entities, the documents added last, and a small graph of the
     * {@value #GRAPH_NODES} most connected entities with the relations among them.
     */
    public record Overview(long documents, long triples, List<ClassCount> classes, List<RelationCount> relations,
                           List<Connected> mostConnected, List<LatestDocument> latestDocuments, OverviewGraph graph) {
    }

    public static final int TOP_ENTITIES = 10;
    /** The LIMIT of {@code overview-connected.rq}. */
    public static final int GRAPH_NODES = 30;
    private static final Query CLASSES = SparqlResources.load("overview-classes.rq");
    private static final Query RELATIONS = SparqlResources.load("overview-relations.rq");
    private static final Query CONNECTED = SparqlResources.load("overview-connected.rq");
    private static final Query EDGES = SparqlResources.load("overview-edges.rq");
    private static final Query LATEST = SparqlResources.load("overview-documents.rq");

    /** The store at a glance, from the {@code sparql/overview-*.rq} queries. */
    public Overview overview() {
        return store.read(ds -> {
            List<ClassCount> classes = new ArrayList<>();
            select(ds, CLASSES, null, row -> classes.add(new ClassCount(row.getResource("class").getLocalName(),
                    row.getLiteral("count").getLong())));
            List<RelationCount> relations = new ArrayList<>();
            select(ds, RELATIONS, null, row -> relations.add(new RelationCount(row.getResource("predicate").getLocalName(),
                    row.getLiteral("relations").getLong(), row.getLiteral("mentions").getLong())));
            Map<String, Connected> connected = new java.util.LinkedHashMap<>();
            select(ds, CONNECTED, null, row -> {
                String iri = row.getResource("entity").getURI();
                connected.putIfAbsent(iri, new Connected(Iris.entityKey(iri).orElse(iri), iri,
                        row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri,
                        row.contains("type") ? row.getResource("type").getLocalName() : null,
                        row.getLiteral("degree").getLong()));
            });
            List<Edge> edges = new ArrayList<>();
            for (Connected node : connected.values()) {
                select(ds, EDGES, ResourceFactory.createResource(node.iri()), row -> {
                    Connected other = connected.get(row.getResource("other").getURI());
                    if (other != null) {
                        edges.add(new Edge(node.id(), row.getResource("predicate").getLocalName(), other.id()));
                    }
                });
            }
            List<LatestDocument> latest = new ArrayList<>();
            select(ds, LATEST, null, row -> {
                String iri = row.getResource("document").getURI();
                latest.add(new LatestDocument(Iris.documentId(iri).orElse(iri), iri,
                        row.contains("title") ? row.getLiteral("title").getLexicalForm() : iri,
                        row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                        row.getLiteral("ingestedAt").getLexicalForm()));
            });
            long documents = classes.stream().filter(c -> c.name().equals(Tupu.Document.getLocalName()))
                    .mapToLong(ClassCount::count).sum();
            List<Connected> nodes = List.copyOf(connected.values());
            return new Overview(documents, store.tripleCount(), classes, relations,
                    nodes.subList(0, Math.min(TOP_ENTITIES, nodes.size())), latest, new OverviewGraph(nodes, edges));
        });
    }

    /** Runs {@code query} ({@code ?entity} bound to {@code entity} when given) and hands each row to {@code rows}. */
    private static void select(org.apache.jena.query.Dataset ds, Query query, Resource entity,
                               java.util.function.Consumer<org.apache.jena.query.QuerySolution> rows) {
        var builder = QueryExecution.dataset(ds).query(query);
        if (entity != null) {
            builder = builder.substitution("entity", entity);
        }
        try (QueryExecution qe = builder.build()) {
            qe.execSelect().forEachRemaining(rows);
        }
    }

    public Stats stats() {
        return store.read(ds -> {
            Model union = ds.getUnionModel();
            Map<String, Integer> entities = new TreeMap<>();
            for (String type : List.of("Person", "Organization", "Project", "Place")) {
                entities.put(type, union.listSubjectsWithProperty(RDF.type, union.createResource(Tupu.NS + type)).toList().size());
            }
            Map<String, Integer> relations = new TreeMap<>();
            for (Relation r : Relation.values()) {
                relations.put(r.localName(), union.listStatements(null, Tupu.relation(r), (Resource) null).toList().size());
            }
            int documents = union.listSubjectsWithProperty(RDF.type, Tupu.Document).toList().size();
            return new Stats(documents, entities, relations,
                    union.listSubjectsWithProperty(RDF.type, Tupu.RelationMention).toList().size(),
                    union.listSubjectsWithProperty(RDF.type, Tupu.EntityMention).toList().size(),
                    store.tripleCount());
        });
    }

    /** Shortest paths of at most {@code maxHops} relations (either direction) from one entity to another. */
    public Paths paths(String fromId, String toId, int maxHops) {
        if (fromId == null || fromId.isBlank() || toId == null || toId.isBlank()) {
            throw new InvalidRequestException("parameters from and to are required: two entity ids");
        }
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new InvalidRequestException("maxHops must be between 1 and " + MAX_HOPS);
        }
        return store.read(ds -> {
            Model union = ds.getUnionModel();
            Resource from = requireEntity(union, fromId);
            Resource to = requireEntity(union, toId);
            Map<Resource, List<Step>> reachedBy = new HashMap<>();
            Map<Resource, Integer> depth = new HashMap<>();
            depth.put(from, 0);
            Deque<Resource> queue = new ArrayDeque<>(List.of(from));
            while (!queue.isEmpty()) {
                Resource at = queue.poll();
                int d = depth.get(at);
                if (d == maxHops || (depth.containsKey(to) && d >= depth.get(to))) {
                    continue;
                }
                for (Step step : neighbours(union, at)) {
                    Resource next = union.createResource(Iris.entity(step.forward() ? step.to() : step.from()));
                    Integer seen = depth.get(next);
                    if (seen == null) {
                        depth.put(next, d + 1);
                        queue.add(next);
                    }
                    if (seen == null || seen == d + 1) {
                        reachedBy.computeIfAbsent(next, k -> new ArrayList<>()).add(step);
                    }
                }
            }
            List<List<Step>> paths = new ArrayList<>();
            if (depth.containsKey(to) && !from.equals(to)) {
                collect(union, to, from, reachedBy, new ArrayList<>(), paths);
            }
            return new Paths(fromId, toId, maxHops, paths);
        });
    }

    private void collect(Model union, Resource at, Resource from, Map<Resource, List<Step>> reachedBy, List<Step> suffix,
                         List<List<Step>> out) {
        if (out.size() >= MAX_PATHS) {
            return;
        }
        if (at.equals(from)) {
            List<Step> path = new ArrayList<>(suffix);
            java.util.Collections.reverse(path);
            out.add(path);
            return;
        }
        for (Step step : reachedBy.getOrDefault(at, List.of())) {
            Resource previous = union.createResource(Iris.entity(step.forward() ? step.from() : step.to()));
            suffix.add(step);
            collect(union, previous, from, reachedBy, suffix, out);
            suffix.remove(suffix.size() - 1);
        }
    }

    private static List<Step> neighbours(Model union, Resource at) {
        List<Step> steps = new ArrayList<>();
        for (Relation r : Relation.values()) {
            Property p = Tupu.relation(r);
            for (Statement st : union.listStatements(at, p, (Resource) null).toList()) {
                if (st.getObject().isURIResource()) {
                    steps.add(step(at, r, st.getResource(), true));
                }
            }
            for (Statement st : union.listStatements(null, p, at).toList()) {
                steps.add(step(st.getSubject(), r, at, false));
            }
        }
        return steps;
    }

    private static Step step(Resource subject, Relation r, Resource object, boolean forward) {
        return new Step(id(subject), label(subject), r.localName(), id(object), label(object), forward);
    }

    /** The entity's triples (both ways), its relations' evidence and its mentions, as RDF in {@code format}. */
    public byte[] describe(String id, ExportFormat format) {
        return store.read(ds -> {
            Model union = ds.getUnionModel();
            Resource entity = requireEntity(union, id);
            Model out = ModelFactory.createDefaultModel();
            out.setNsPrefixes(Tupu.PREFIXES);
            out.add(union.listStatements(entity, null, (org.apache.jena.rdf.model.RDFNode) null));
            for (Statement st : union.listStatements(null, null, entity).toList()) {
                boolean aboutIt = st.getPredicate().equals(RDF.subject) || st.getPredicate().equals(RDF.object)
                        || st.getPredicate().equals(Tupu.mentionOf);
                if (aboutIt) {
                    out.add(union.listStatements(st.getSubject(), null, (org.apache.jena.rdf.model.RDFNode) null));
                } else {
                    out.add(st);
                }
            }
            return write(out, format);
        });
    }

    /**
     * A relation or entity mention, {@code ev/{key}}, as RDF in {@code format}: its own triples, with the labels of
     * the entities it names and the title of its document.
     */
    public byte[] describeEvidence(String key, ExportFormat format) {
        return write(evidence(key), format);
    }

    /** What {@link #describeEvidence} writes, as a model; an unknown key is a {@link NotFoundException}. */
    public Model evidence(String key) {
        return store.read(ds -> {
            Model union = ds.getUnionModel();
            Resource mention = union.createResource(Iris.evidence(key));
            if (!union.contains(mention, RDF.type)) {
                throw new NotFoundException("no relation or entity mention with id '" + key + "'");
            }
            Model out = ModelFactory.createDefaultModel();
            out.setNsPrefixes(Tupu.PREFIXES);
            for (Statement st : union.listStatements(mention, null, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                out.add(st);
                boolean named = st.getObject().isURIResource() && !st.getPredicate().equals(RDF.type)
                        && !st.getPredicate().equals(RDF.predicate);
                if (named) {
                    out.add(union.listStatements(st.getResource(), RDFS.label, (org.apache.jena.rdf.model.RDFNode) null));
                    out.add(union.listStatements(st.getResource(), Tupu.title, (org.apache.jena.rdf.model.RDFNode) null));
                }
            }
            return out;
        });
    }

    /** Triples as {@code format}; a quad format writes its triple counterpart. */
    private static byte[] write(Model model, ExportFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        org.apache.jena.riot.RDFFormat rdf = format == ExportFormat.TRIG ? ExportFormat.TURTLE.rdfFormat()
                : format == ExportFormat.NQUADS ? ExportFormat.NTRIPLES.rdfFormat() : format.rdfFormat();
        RDFWriter.source(model).format(rdf).output(bytes);
        return bytes.toByteArray();
    }

    /** A document's own triples (title, source, hash, time, text, the entities it mentions) as RDF. */
    public byte[] describeDocument(String id, ExportFormat format) {
        return store.read(ds -> {
            String iri = Iris.document(id);
            Model graph = ds.getNamedModel(iri);
            Resource doc = graph.createResource(iri);
            if (!graph.contains(doc, RDF.type, Tupu.Document)) {
                throw new NotFoundException("no document with id '" + id + "'");
            }
            Model out = ModelFactory.createDefaultModel();
            out.setNsPrefixes(Tupu.PREFIXES);
            out.add(graph.listStatements(doc, null, (org.apache.jena.rdf.model.RDFNode) null));
            return write(out, format);
        });
    }

    private static Resource requireEntity(Model union, String id) {
        Resource r = union.createResource(Iris.entity(id));
        if (!union.contains(r, RDF.type)) {
            throw new NotFoundException("no entity with id '" + id + "'");
        }
        return r;
    }

    private static String id(Resource r) {
        return Iris.entityKey(r.getURI()).orElse(r.getURI());
    }

    private static String label(Resource r) {
        Statement s = r.getProperty(RDFS.label);
        return s == null ? id(r) : s.getString();
    }

}
