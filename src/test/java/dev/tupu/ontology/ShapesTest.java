package dev.tupu.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ontology/shapes.ttl on small graphs: the time of relation mentions and the date of documents. */
class ShapesTest {
    private static final Shapes SHAPES = Shapes.parse(RDFParser.source("ontology/shapes.ttl").toGraph());
    private static final String PREFIXES = """
            PREFIX tupu: <https://tupu.dev/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX id: <https://tupu.dev/id/>
            PREFIX doc: <https://tupu.dev/doc/>
            PREFIX ev: <https://tupu.dev/ev/>
            """;
    /** A document, dated, and a relation mention with everything but its time: each test adds one. */
    private static final String BASE = """
            doc:d a tupu:Document ; dcterms:title "t" ; tupu:sourcePath "d.txt" ; tupu:extractor "tupu" ;
                tupu:contentHash "sha256:0000000000000000000000000000000000000000000000000000000000000000" ;
                prov:generatedAtTime "2024-01-01T00:00:00Z"^^xsd:dateTime ; tupu:text "张三2012年离开百度。" ;
                dcterms:date "2024-05-01"^^xsd:date .
            ev:d-1 a tupu:RelationMention ; rdf:subject id:person-张三 ; rdf:predicate tupu:leftTeam ;
                rdf:object id:org-百度 ; prov:wasDerivedFrom doc:d ; tupu:sentence "张三2012年离开百度。" ;
                tupu:sentenceStart 0 ; tupu:sentenceEnd 12 ; tupu:subjectStart 0 ; tupu:subjectEnd 2 ;
                tupu:subjectText "张三" ; tupu:objectStart 9 ; tupu:objectEnd 11 ; tupu:objectText "百度" ;
                tupu:rule "leftTeam.leave" ; tupu:confidence 0.8e0 .
            """;

    private static ValidationReport validate(String extra) {
        Model data = RDFParser.fromString(PREFIXES + BASE + extra, Lang.TURTLE).toModel();
        return ShaclValidator.get().validate(SHAPES, data.getGraph());
    }

    private static void assertConforms(String extra) {
        ValidationReport report = validate(extra);
        assertTrue(report.conforms(), () -> extra + "\n" + messages(report));
    }

    private static void assertViolates(String extra, String path) {
        ValidationReport report = validate(extra);
        assertFalse(report.conforms(), extra + " must not conform");
        assertTrue(report.getEntries().stream().anyMatch(e -> e.resultPath() != null
                        && e.resultPath().toString().contains(path)),
                () -> extra + " is reported on " + path + ": " + messages(report));
    }

    private static String messages(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).toList().toString();
    }

    @Test
    void an_event_dated_to_a_year_with_its_text_conforms() {
        assertConforms("ev:d-1 tupu:pointInTime \"2012\"^^xsd:gYear ; tupu:timeText \"2012年\" ;"
                + " tupu:timeTextStart 2 ; tupu:timeTextEnd 7 .");
    }

    @Test
    void a_range_by_month_and_by_day_conforms() {
        for (String start : List.of("\"2011-03\"^^xsd:gYearMonth", "\"2011-03-05\"^^xsd:date", "\"2011\"^^xsd:gYear")) {
            assertConforms("ev:d-1 tupu:startTime " + start + " ; tupu:endTime \"2012-07-15\"^^xsd:date ;"
                    + " tupu:timeText \"2011年至2012年\" ; tupu:timeTextStart 2 ; tupu:timeTextEnd 12 .");
        }
    }

    @Test
    void an_unresolved_relative_time_keeps_only_its_text_and_conforms() {
        assertConforms("ev:d-1 tupu:timeText \"今年初\" ; tupu:timeTextStart 2 ; tupu:timeTextEnd 5 .");
    }

    @Test
    void a_mention_without_any_time_and_a_document_without_a_date_conform() {
        Model data = RDFParser.fromString(PREFIXES + BASE.replace("dcterms:date \"2024-05-01\"^^xsd:date", "tupu:text \"张三2012年离开百度。\""),
                Lang.TURTLE).toModel();
        assertTrue(ShaclValidator.get().validate(SHAPES, data.getGraph()).conforms());
    }

    @Test
    void a_time_value_of_another_datatype_is_reported() {
        assertViolates("ev:d-1 tupu:pointInTime \"2012\" ; tupu:timeText \"2012年\" ; tupu:timeTextStart 2 ;"
                + " tupu:timeTextEnd 7 .", "pointInTime");
        assertViolates("ev:d-1 tupu:startTime 2012 ; tupu:timeText \"2012年\" ; tupu:timeTextStart 2 ;"
                + " tupu:timeTextEnd 7 .", "startTime");
        assertViolates("ev:d-1 tupu:endTime \"2012-07-15T00:00:00Z\"^^xsd:dateTime ; tupu:timeText \"2012年\" ;"
                + " tupu:timeTextStart 2 ; tupu:timeTextEnd 7 .", "endTime");
        assertViolates("ev:d-1 tupu:pointInTime \"2012-13\"^^xsd:gYearMonth ; tupu:timeText \"2012年\" ;"
                + " tupu:timeTextStart 2 ; tupu:timeTextEnd 7 .", "pointInTime");
    }

    @Test
    void two_values_of_one_time_term_are_reported() {
        assertViolates("ev:d-1 tupu:pointInTime \"2012\"^^xsd:gYear , \"2013\"^^xsd:gYear ; tupu:timeText \"2012年\" ;"
                + " tupu:timeTextStart 2 ; tupu:timeTextEnd 7 .", "pointInTime");
        assertViolates("ev:d-1 tupu:timeText \"2012年\" , \"去年\" ; tupu:timeTextStart 2 ; tupu:timeTextEnd 7 .",
                "timeText");
    }

    @Test
    void a_value_without_its_text_and_offsets_that_are_not_an_interval_are_reported() {
        assertViolates("ev:d-1 tupu:pointInTime \"2012\"^^xsd:gYear .", "timeText");
        assertViolates("ev:d-1 tupu:timeText \"2012年\" ; tupu:timeTextStart -1 ; tupu:timeTextEnd 7 .", "timeTextStart");
        assertViolates("ev:d-1 tupu:timeText \"2012年\" ; tupu:timeTextStart 7 ; tupu:timeTextEnd 2 .", "timeTextStart");
        assertViolates("ev:d-1 tupu:timeText \"2012年\" ; tupu:timeTextStart \"2\" ; tupu:timeTextEnd 7 .", "timeTextStart");
        assertViolates("ev:d-1 tupu:timeText 2012 ; tupu:timeTextStart 2 ; tupu:timeTextEnd 7 .", "timeText");
    }

    @Test
    void a_document_date_that_is_not_one_xsd_date_is_reported() {
        assertViolates("doc:d dcterms:date \"2024-05-02\"^^xsd:date .", "date");
        Model data = RDFParser.fromString(PREFIXES + BASE.replace("\"2024-05-01\"^^xsd:date", "\"2024-05-01\""),
                Lang.TURTLE).toModel();
        assertFalse(ShaclValidator.get().validate(SHAPES, data.getGraph()).conforms(), "a plain string is no date");
    }
}
