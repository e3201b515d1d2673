package dev.tupu.eval;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.service.DocumentReader;
import dev.tupu.train.PkuCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality figures README states, measured as 'tupu eval' measures them; a regression fails the build. */
class QualityIT {
    private static final Path CORPUS = Path.of("../shared/data/corpus/pku98-199801-noid.txt");
    private static final Path SEED_GOLD = Path.of("src/test/resources/gold/seed/000_f81e6ebb9362b9de.json");
    private final Pipeline pipeline = new Pipelines().newPipeline();

    @Test
    void ner_on_the_held_out_tenth_of_peoples_daily_beats_the_targets(@TempDir Path work) throws Exception {
        assertTrue(Files.exists(CORPUS), "the People's Daily corpus is expected at " + CORPUS.toAbsolutePath());
        PkuCorpus.Split split = PkuCorpus.split(CORPUS, work);
        assertEquals(1948, split.testParagraphs());
        NerEvaluation.Result r = new NerEvaluation().evaluate(split.testSpans(), pipeline, 0);
        assertTrue(r.micro().f1() >= 0.88, "micro F1 " + r.micro());
        assertTrue(r.byType().get("Organization").f1() >= 0.80, "organisations " + r.byType().get("Organization"));
        assertTrue(r.byType().get("Person").f1() >= 0.88, "persons " + r.byType().get("Person"));
        assertTrue(r.byType().get("Place").f1() >= 0.88, "places " + r.byType().get("Place"));
    }

    @Test
    void the_seed_article_matches_its_gold_annotation() throws Exception {
        GoldGraph gold = GoldGraph.read(SEED_GOLD);
        GraphEvaluation.Result r = new GraphEvaluation().evaluate(gold,
                pipeline.extract(DocumentReader.read(Path.of(gold.document()))));
        assertTrue(r.entities().precision() >= 0.90, "entities " + r.entities() + " wrong: " + r.wrongEntities());
        assertTrue(r.entities().recall() >= 0.90, "entities " + r.entities() + " missed: " + r.missedEntities());
        assertTrue(r.relations().precision() >= 0.85, "relations " + r.relations() + " wrong: " + r.wrongRelations());
        assertTrue(r.relations().recall() >= 0.70, "relations " + r.relations() + " missed: " + r.missedRelations());
        for (String central : List.of("李沐 (Person)", "亚马逊 (Organization)", "MXNet (Project)", "TensorFlow (Project)",
                "PyTorch (Project)", "Caffe2 (Project)", "陈天奇 (Person)", "贾扬清 (Person)")) {
            assertTrue(!r.missedEntities().contains(central), central + " is found and correctly typed");
        }
    }

    @Test
    void noise_never_becomes_an_entity() throws Exception {
        Extraction x = pipeline.extract(DocumentReader.read(Path.of("seeds/000_f81e6ebb9362b9de.txt")));
        List<String> texts = x.mentions().stream().map(Mention::text).toList();
        List<String> labels = x.entities().values().stream().map(e -> e.label()).toList();
        for (String noise : List.of("易用性", "才是", "曾在", "6人", "产品组", "工程组", "合作组", "Kaiyun", "官方网站",
                "app", "一个研究团队", "新项目")) {
            assertTrue(texts.stream().noneMatch(t -> t.contains(noise)) && !labels.contains(noise),
                    noise + " is not an entity: " + texts);
        }
    }
}
