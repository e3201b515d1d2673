package dev.tupu.rdf;

import dev.tupu.model.Extraction;
import dev.tupu.model.SourceDocument;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The document part of a document's graph. */
class GraphMapperTest {
    private static final String TEXT = "张三去年加入百度。";

    private static Model map(LocalDate date) {
        SourceDocument doc = new SourceDocument("news-1", "标题", "news/1.txt", TEXT, Instant.parse("2024-05-02T08:00:00Z"), date);
        return new GraphMapper().toModel(doc, new Extraction(TEXT, List.of(), List.of(), Map.of(), List.of()));
    }

    @Test
    void a_document_with_a_known_date_carries_it_as_an_xsd_date() {
        Model model = map(LocalDate.of(2024, 5, 1));
        Literal date = model.getResource(Iris.document("news-1")).getProperty(Tupu.date).getLiteral();
        assertEquals("2024-05-01", date.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), date.getDatatypeURI());
    }

    @Test
    void a_document_of_unknown_date_has_none() {
        assertFalse(map(null).getResource(Iris.document("news-1")).hasProperty(Tupu.date));
    }
}
