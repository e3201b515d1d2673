package dev.tupu.eval;

import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.service.DocumentReader;
import dev.tupu.train.NerCorpus;
import dev.tupu.train.RelationCorpus;
import dev.tupu.train.RelationTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality figures README states, measured as {@code tupu eval} measures them; a regression fails the build.
 * Each bound is the figure README gives, less a hair (the figures are deterministic: same models, same code, same
 * data). The held-out parts of the training corpora come from {@code ../shared/data}, beside the checkout.
 */
class QualityIT {
    private static final Path DATA = Path.of("../shared/data");
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private final Pipelines pipelines = new Pipelines();
    private final Pipeline pipeline = pipelines.newPipeline();

    private static Path heldOut(NerCorpus corpus, Path work) throws Exception {
        Path file = work.resolve(corpus.name() + ".jsonl");
        NerCorpus.write(corpus.name().equals("pdner-dev") ? corpus.read().stream().map(NerCorpus::scored).toList()
                : corpus.heldOut(), file);
        return file;
    }

    private NerEvaluation.Result ner(String name, Path work) throws Exception {
        assertTrue(Files.isDirectory(DATA), "the data is expected at " + DATA.toAbsolutePath());
        NerCorpus corpus = name.equals("pdner-dev") ? NerCorpus.peoplesDailyNerDev(DATA)
                : NerCorpus.defaults(DATA).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        // each corpus is read in its own annotation style, as 'tupu train' scores it
        Pipeline inStyle = pipelines.withNameStyle(corpus.style()).newPipeline();
        return new NerEvaluation().evaluate(heldOut(corpus, work), inStyle, 0);
    }

    @Test
    void ner_on_the_held_out_tenth_of_each_corpus_and_on_peoples_daily_ner_dev(@TempDir Path work) throws Exception {
        Map<String, Double> floors = Map.of("pd98", 0.905, "msra", 0.905, "cluener", 0.72, "weibo", 0.64,
                "resume", 0.865, "pdner-dev", 0.935);
        for (var floor : floors.entrySet()) {
            NerEvaluation.Result r = ner(floor.getKey(), work);
            assertTrue(r.micro().f1() >= floor.getValue(), floor.getKey() + " micro F1 " + r.micro());
        }
    }

    @Test
    void organisations_are_measured_apart(@TempDir Path work) throws Exception {
        assertTrue(ner("pd98", work).byType().get("Organization").f1() >= 0.875);
        assertTrue(ner("msra", work).byType().get("Organization").f1() >= 0.85);
        assertTrue(ner("pdner-dev", work).byType().get("Organization").f1() >= 0.895);
    }

    @Test
    void the_seed_article_matches_its_gold_annotation() throws Exception {
        GoldSetEvaluation.Result r = new GoldSetEvaluation().evaluate(GOLD.resolve("seed"), pipeline);
        assertTrue(r.entities().precision() >= 0.92, "entities " + r.entities());
        assertTrue(r.entities().recall() >= 0.93, "entities " + r.entities());
        assertTrue(r.relations().precision() >= 0.95, "relations " + r.relations());
        assertTrue(r.relations().recall() >= 0.72, "relations " + r.relations());
        List<String> missed = r.documents().get(0).result().missedEntities();
        for (String central : List.of("李沐 (Person)", "亚马逊 (Organization)", "MXNet (Project)", "TensorFlow (Project)",
                "PyTorch (Project)", "Caffe2 (Project)", "陈天奇 (Person)", "贾扬清 (Person)")) {
            assertTrue(!missed.contains(central), central + " is found and correctly typed");
        }
    }

    @Test
    void the_development_and_test_articles_hold_their_figures() throws Exception {
        GoldSetEvaluation.Result dev = new GoldSetEvaluation().evaluate(GOLD.resolve("dev"), pipeline);
        assertTrue(dev.entities().precision() >= 0.77 && dev.entities().recall() >= 0.69, "dev entities " + dev.entities());
        assertTrue(dev.relations().precision() >= 0.78 && dev.relations().recall() >= 0.36, "dev relations " + dev.relations());
        GoldSetEvaluation.Result test = new GoldSetEvaluation().evaluate(GOLD.resolve("test"), pipeline);
        assertTrue(test.entities().precision() >= 0.67 && test.entities().recall() >= 0.64, "test entities " + test.entities());
        assertTrue(test.relations().precision() >= 0.58 && test.relations().recall() >= 0.23, "test relations " + test.relations());
    }

    @Test
    void times_on_the_seed_and_development_articles_are_right_and_found() throws Exception {
        Score seed = new GoldSetEvaluation().evaluate(GOLD.resolve("seed"), pipeline).time();
        Score dev = new GoldSetEvaluation().evaluate(GOLD.resolve("dev"), pipeline).time();
        Score both = seed.plus(dev);
        assertTrue(both.precision() >= 0.90, "time " + both);
        assertTrue(both.recall() >= 0.74, "time " + both);
    }

    @Test
    void relations_on_the_held_out_fifth_of_duie(@TempDir Path work) throws Exception {
        Path file = work.resolve("duie.jsonl");
        RelationCorpus.duie(DATA.resolve("re/duie_train.jsonl.gz")).writeHeldOut(file);
        RelationEvaluation.Result r = new RelationEvaluation().evaluate(file, pipeline, RelationTraining.SCORED.get("duie"));
        Score core = Score.ZERO;
        for (String label : Set.of("创始人", "董事长", "毕业院校", "总部地点")) {
            core = core.plus(r.bySource().get(label));
        }
        assertTrue(core.recall() >= 0.59, "创始人, 董事长, 毕业院校, 总部地点: recall " + core);
        assertTrue(r.annotatedPairs().precision() >= 0.70, "precision over annotated pairs " + r.annotatedPairs());
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
