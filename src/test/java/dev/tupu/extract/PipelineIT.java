package dev.tupu.extract;

import dev.tupu.model.CoreType;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real pipeline (HanLP and the shipped lexicons) on sentences it was not written for. */
class PipelineIT {
    private final Pipeline pipeline = new Pipelines().newPipeline();

    @Test
    void finds_people_organisations_and_relations_in_unseen_sentences() {
        String text = "王小明毕业于清华大学，后来加入腾讯担任高级工程师。２０１５年，张伟在北京创立了一家名为DeepData的公司。";
        Extraction x = pipeline.extract(text);
        for (Mention m : x.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertTrue(x.entities().containsKey("person-王小明"), x.entities().keySet().toString());
        assertEquals(CoreType.ORGANIZATION, x.entities().get("org-清华大学").type().core());
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.STUDIED_AT
                && r.subject().key().equals("person-王小明") && r.object().key().equals("org-清华大学")));
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.WORKS_FOR
                && r.object().key().equals("org-腾讯")));
        assertTrue(x.relations().stream().anyMatch(r -> r.relation() == Relation.FOUNDED
                && r.subject().key().equals("person-张伟") && r.object().key().equals("org-deepdata")));
    }

    @Test
    void noise_words_and_counted_people_are_not_entities() {
        Extraction x = pipeline.extract("解决易用性这个痛点才是目的，团队今年已经离开6人了，产品组和工程组都有需求。");
        assertTrue(x.mentions().isEmpty(), x.mentions().toString());
    }
}
