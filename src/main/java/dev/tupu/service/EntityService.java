package dev.tupu.service;

import dev.tupu.model.EntityType;
import dev.tupu.model.Relation;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import dev.tupu.service.EntityViews.Detail;
import dev.tupu.service.EntityViews.DocumentRef;
import dev.tupu.service.EntityViews.Hit;
import dev.tupu.service.EntityViews.Page;
import dev.tupu.service.EntityViews.Provenance;
import dev.tupu.service.EntityViews.Ref;
import dev.tupu.service.EntityViews.RelationView;
import dev.tupu.service.EntityViews.Timeline;
import dev.tupu.service.EntityViews.TimelineEntry;
import dev.tupu.store.GraphStore;
import dev.tupu.support.SparqlResources;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks entities up in the store: search by name, one entity with its relations and their provenance (and the time
 * each mention gives), an entity's dated relations in time order.
 */
public final class EntityService {
    public static final int MAX_LIMIT = 200;
    private static final Query SEARCH = SparqlResources.load("search.rq");
    private static final Query RELATIONS = SparqlResources.load("relations.rq");
    private static final Query TIMELINE = SparqlResources.load("timeline.rq");
    private final GraphStore store;

    public EntityService(GraphStore store) {
        this.store = store;
    }

    /** Entities whose label or alias contains {@code q}, ignoring case; exact matches first. */
    public Page search(String q, String type, int limit, int offset) {
        if (q == null || q.isBlank()) {
            throw new InvalidRequestException("parameter q is required: the text to look for in names");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidRequestException("offset must not be negative");
        }
        Optional<EntityType> typeFilter = Optional.empty();
        if (type != null && !type.isBlank()) {
            typeFilter = Optional.of(EntityType.byLocalName(type).orElseThrow(() -> new InvalidRequestException(
                    "unknown type '" + type + "'; use a class of the ontology, e.g. Person, Organization, Project, Place")));
        }
        Query query = SEARCH.cloneQuery();
        query.setLimit(limit);
        query.setOffset(offset);
        Optional<EntityType> filter = typeFilter;
        List<Hit> hits = store.read(ds -> {
            var builder = QueryExecution.dataset(ds).query(query)
                    .substitution("q", ResourceFactory.createStringLiteral(q.strip().toLowerCase(Locale.ROOT)));
            if (filter.isPresent()) {
                builder = builder.substitution("typeFilter", Tupu.type(filter.get()));
            }
            List<Hit> out = new ArrayList<>();
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("entity").getURI();
                    out.add(new Hit(idOf(iri), iri, s.getLiteral("label").getLexicalForm(),
                            s.getResource("type").getLocalName()));
                }
            }
            return out;
        });
        return new Page(q, filter.map(EntityType::localName).orElse(null), limit, offset, hits);
    }

    /** The entity {@code id}, with its relations and their provenance. */
    public Detail get(String id) {
        return describe(id, null);
    }

    /** The relations of entity {@code id}, optionally only those of one predicate. */
    public List<RelationView> relations(String id, String predicate) {
        Relation relation = null;
        if (predicate != null && !predicate.isBlank()) {
            relation = Relation.byLocalName(predicate).orElseThrow(() -> new InvalidRequestException(
                    "unknown predicate '" + predicate + "'; use a relation of the vocabulary, e.g. worksFor, leftTeam"));
        }
        Detail detail = describe(id, relation);
        List<RelationView> all = new ArrayList<>(detail.outgoing());
        all.addAll(detail.incoming());
        return all;
    }

    /**
     * The timeline of entity {@code id}: its relation mentions that carry a time value, both ways, earliest first
     * ({@code sparql/timeline.rq} says how they sort); an unknown id is a {@link NotFoundException}.
     */
    public Timeline timeline(String id) {
        return store.read(ds -> {
            Resource entity = requireEntity(ds.getUnionModel(), id);
            List<String> labels = literals(entity, RDFS.label);
            Map<String, TimelineEntry> entries = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(TIMELINE).substitution("entity", entity).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String evidence = s.getResource("evidence").getURI();
                    if (entries.containsKey(evidence)) {
                        continue; // another label or type of the other entity: the first row holds the entry
                    }
                    String document = s.getResource("document").getURI();
                    entries.put(evidence, new TimelineEntry(evidence, s.getResource("predicate").getLocalName(),
                            s.getLiteral("direction").getString(), ref(s),
                            Times.of(s), s.getLiteral("sentence").getString(), s.getLiteral("sentenceStart").getInt(),
                            new DocumentRef(Iris.documentId(document).orElse(document), document,
                                    s.contains("documentTitle") ? s.getLiteral("documentTitle").getString() : null),
                            s.getLiteral("confidence").getDouble()));
                }
            }
            return new Timeline(id, entity.getURI(), labels.isEmpty() ? id : labels.get(0), List.copyOf(entries.values()));
        });
    }

    /** Entity {@code id} in {@code union}; an unknown id is a {@link NotFoundException}. */
    private static Resource requireEntity(Model union, String id) {
        Resource entity = union.createResource(Iris.entity(id));
        if (!union.contains(entity, RDF.type)) {
            throw new NotFoundException("no entity with id '" + id + "'");
        }
        return entity;
    }

    private Detail describe(String id, Relation only) {
        String iri = Iris.entity(id);
        return store.read(ds -> {
            Model union = ds.getUnionModel();
            Resource entity = requireEntity(union, id);
            List<String> labels = literals(entity, RDFS.label);
            List<String> aliases = literals(entity, Tupu.altLabel);
            List<String> types = new ArrayList<>();
            String core = null;
            for (Statement st : entity.listProperties(RDF.type).toList()) {
                String local = st.getResource().getLocalName();
                types.add(local);
                if (List.of("Person", "Organization", "Project", "Place").contains(local)) {
                    core = local;
                }
            }
            List<String> documents = union.listSubjectsWithProperty(Tupu.mentions, entity)
                    .mapWith(Resource::getURI).toList();
            List<RelationView> out = new ArrayList<>();
            List<RelationView> in = new ArrayList<>();
            for (RelationView view : relationViews(ds, entity, only)) {
                (view.direction().equals("outgoing") ? out : in).add(view);
            }
            return new Detail(id, iri, labels.isEmpty() ? id : labels.get(0), labels, aliases, core, types,
                    documents, out, in);
        });
    }

    private static List<RelationView> relationViews(org.apache.jena.query.Dataset ds, Resource entity, Relation only) {
        var builder = QueryExecution.dataset(ds).query(RELATIONS).substitution("entity", entity);
        if (only != null) {
            builder = builder.substitution("predicate", Tupu.relation(only));
        }
        Map<String, List<Provenance>> grouped = new LinkedHashMap<>();
        Map<String, QuerySolution> firstRow = new LinkedHashMap<>();
        try (QueryExecution qe = builder.build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String predicate = s.getResource("predicate").getURI();
                String key = s.getLiteral("direction").getString() + " " + predicate + " " + s.getResource("other").getURI();
                firstRow.putIfAbsent(key, s);
                List<Provenance> list = grouped.computeIfAbsent(key, k -> new ArrayList<>());
                String evidence = s.getResource("evidence").getURI();
                if (list.stream().noneMatch(p -> p.evidence().equals(evidence))) {
                    list.add(provenance(s));
                }
            }
        }
        List<RelationView> views = new ArrayList<>();
        for (var e : grouped.entrySet()) {
            QuerySolution s = firstRow.get(e.getKey());
            Ref ref = ref(s);
            double best = e.getValue().stream().mapToDouble(Provenance::confidence).max().orElse(0);
            views.add(new RelationView(s.getResource("predicate").getLocalName(), s.getLiteral("direction").getString(),
                    ref, best, e.getValue()));
        }
        return views;
    }

    /** The other end of a relation, from a row with ?other, ?otherLabel and ?otherType. */
    private static Ref ref(QuerySolution s) {
        String otherIri = s.getResource("other").getURI();
        return new Ref(idOf(otherIri), otherIri,
                s.contains("otherLabel") ? s.getLiteral("otherLabel").getLexicalForm() : otherIri,
                s.contains("otherType") ? s.getResource("otherType").getLocalName() : null);
    }

    private static Provenance provenance(QuerySolution s) {
        int sentenceStart = s.getLiteral("sentenceStart").getInt();
        int subjectStart = s.getLiteral("subjectStart").getInt();
        int subjectEnd = s.getLiteral("subjectEnd").getInt();
        int objectStart = s.getLiteral("objectStart").getInt();
        int objectEnd = s.getLiteral("objectEnd").getInt();
        return new Provenance(s.getResource("evidence").getURI(), s.getResource("document").getURI(),
                s.contains("documentTitle") ? s.getLiteral("documentTitle").getString() : null,
                s.getLiteral("sentence").getString(), sentenceStart, s.getLiteral("sentenceEnd").getInt(),
                subjectStart, subjectEnd, s.getLiteral("subjectText").getString(),
                objectStart, objectEnd, s.getLiteral("objectText").getString(),
                subjectStart - sentenceStart, subjectEnd - sentenceStart,
                objectStart - sentenceStart, objectEnd - sentenceStart,
                s.getLiteral("rule").getString(), s.getLiteral("confidence").getDouble(), Times.of(s));
    }

    private static List<String> literals(Resource entity, org.apache.jena.rdf.model.Property property) {
        return entity.listProperties(property).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral)
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList().stream().distinct().sorted().toList();
    }

    private static String idOf(String iri) {
        return Iris.entityKey(iri).orElse(iri);
    }
}
