package dev.tupu.eval;

import dev.tupu.model.Entity;
import dev.tupu.model.EntityType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphEvaluationTest {
    private static final Sentence S = new Sentence(0, 0, 10, "0123456789");

    private static Mention m(String key, EntityType type) {
        return new Mention(0, 1, "x", type, key, "test");
    }

    @Test
    void scores_entities_by_name_and_class_and_relations_in_either_direction_when_symmetric() {
        GoldGraph gold = new GoldGraph("doc", List.of(
                new GoldGraph.Entity("张三", "Person", List.of("小张")),
                new GoldGraph.Entity("FooNet", "Project", List.of()),
                new GoldGraph.Entity("BarNet", "Project", List.of()),
                new GoldGraph.Entity("百度", "Organization", List.of())),
                List.of(new GoldGraph.Relation("张三", "worksFor", "百度"),
                        new GoldGraph.Relation("FooNet", "comparesTo", "BarNet")));
        Map<String, Entity> entities = new LinkedHashMap<>();
        entities.put("p", new Entity("p", "小张", EntityType.PERSON, Set.of()));
        entities.put("f", new Entity("f", "foonet", EntityType.SOFTWARE, Set.of()));
        entities.put("b", new Entity("b", "BarNet", EntityType.SOFTWARE, Set.of()));
        entities.put("b2", new Entity("b2", "Bar Net", EntityType.SOFTWARE, Set.of("barnet")));
        entities.put("x", new Entity("x", "百度", EntityType.PERSON, Set.of()));
        List<RelationMention> relations = List.of(
                new RelationMention(m("b", EntityType.SOFTWARE), Relation.COMPARES_TO, m("f", EntityType.SOFTWARE), S, "r", 0.5),
                new RelationMention(m("p", EntityType.PERSON), Relation.LEFT_TEAM, m("x", EntityType.PERSON), S, "r", 0.5));
        GraphEvaluation.Result r = new GraphEvaluation().evaluate(gold,
                new Extraction("", List.of(S), List.of(), entities, relations));
        assertEquals(new Score(3, 2, 1), r.entities(), "a second BarNet and a Person 百度 are wrong; 百度 the org is missed");
        assertEquals(1, r.relations().correct());
        assertEquals(2, r.relations().predicted());
        assertEquals(0.5, r.relations().recall(), 1e-9, "one of the two stated relations is found");
        assertTrue(r.wrongEntities().stream().anyMatch(e -> e.contains("second entity for BarNet")));
        assertEquals(List.of("百度 (Organization)"), r.missedEntities());
    }

    @Test
    void precision_recall_and_f1() {
        Score s = new Score(8, 2, 8);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.8 * 0.5 / 1.3, s.f1(), 1e-9);
        assertEquals(0, Score.ZERO.f1());
    }
}
