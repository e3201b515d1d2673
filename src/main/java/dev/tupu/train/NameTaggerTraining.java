package dev.tupu.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tupu.eval.NerEvaluation;
import dev.tupu.eval.Score;
import dev.tupu.extract.Pipelines;
import dev.tupu.extract.names.NameTagger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * {@code tupu train --only names}: reads the corpora ({@link NerCorpus#defaults}), writes each held-out tenth and
 * People's Daily NER's dev split as span JSON lines under {@code work/ner/}, trains the {@link NameTagger}
 * ({@link NameTaggerTrainer}), writes {@code names.bin.gz}, scores the whole pipeline with the new model on each
 * held-out part and writes the manifest {@code names.json} (corpora, split, settings, date, figures).
 */
public final class NameTaggerTraining {
    public static final List<String> TYPES = List.of(NerCorpus.PERSON, NerCorpus.PLACE, NerCorpus.ORGANIZATION);
    private static final int MIN_COUNT = 2;
    /** The strongest features kept: measured, 600,000 of 2.5 million lose under 0.1 point F1 and decode faster. */
    static final int MAX_FEATURES = 600_000;
    private static final long SEED = 20261128L;
    private final Path data;
    private final Path work;
    private final Path out;
    private final int epochs;
    private final Consumer<String> log;

    public NameTaggerTraining(Path data, Path work, Path out, int epochs, Consumer<String> log) {
        this.data = data;
        this.work = work;
        this.out = out;
        this.epochs = epochs;
        this.log = log;
    }

    public void run() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode manifest = json.createObjectNode();
        manifest.put("model", "tupu learned name tagger: averaged structured perceptron over units (Han characters, "
                + "Latin/digit runs), BIES labels for " + String.join(", ", TYPES));
        manifest.put("trained", LocalDate.now().toString());
        manifest.put("split", "every text whose index (from 0, in file order) ends in 9 is held out, never trained on");
        ObjectNode settings = manifest.putObject("settings");
        settings.put("epochs", epochs).put("minFeatureCount", MIN_COUNT).put("seed", SEED)
                .put("featuresKept", MAX_FEATURES);
        ObjectNode corpora = manifest.putObject("corpora");
        List<NameTaggerTrainer.Example> training = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        Map<Path, String> scored = new LinkedHashMap<>();
        for (NerCorpus corpus : NerCorpus.defaults(data)) {
            List<NerCorpus.Text> texts = corpus.training();
            for (int i = 0; i < corpus.weight(); i++) {
                texts.forEach(text -> training.add(
                        new NameTaggerTrainer.Example(text, corpus.style(), corpus.partial())));
            }
            if (!styles.contains(corpus.style())) {
                styles.add(corpus.style());
            }
            ObjectNode c = corpora.putObject(corpus.name());
            c.put("file", data.relativize(corpus.file()).toString()).put("trainedOn", texts.size())
                    .put("visitsPerEpoch", corpus.weight()).put("types", new java.util.TreeMap<>(corpus.types()).toString())
                    .put("style", corpus.style()).put("partial", corpus.partial());
            if (!corpus.trainOnly()) {
                Path heldOut = work.resolve("ner/" + corpus.name() + ".jsonl");
                List<NerCorpus.Text> held = corpus.heldOut();
                NerCorpus.write(held, heldOut);
                c.put("heldOut", held.size());
                scored.put(heldOut, corpus.style());
            }
            log.accept(String.format("%s: %d texts to train on", corpus.name(), texts.size()));
        }
        NerCorpus dev = NerCorpus.peoplesDailyNerDev(data);
        Path devFile = work.resolve("ner/" + dev.name() + ".jsonl");
        NerCorpus.write(dev.read().stream().map(NerCorpus::scored).toList(), devFile);
        scored.put(devFile, dev.style());
        corpora.putObject(dev.name()).put("file", data.relativize(dev.file()).toString()).put("trainedOn", 0)
                .put("style", dev.style());

        Pipelines pipelines = new Pipelines();
        NameTagger tagger = new NameTaggerTrainer(TYPES, styles, epochs, MIN_COUNT, SEED)
                .train(training, pipelines.newWordPipeline(), log)
                .withMeanStyle(NameTagger.MEAN_STYLE)
                .pruned(MAX_FEATURES);
        Files.createDirectories(out);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out.resolve("names.bin.gz")), 1 << 16)) {
            tagger.write(o);
        }
        ObjectNode alone = manifest.putObject("heldOutF1TaggerAlone");
        for (var file : scored.entrySet()) {
            Score score = taggerAlone(file.getKey(), pipelines, tagger, tagger.style(file.getValue()));
            alone.put(file.getKey().getFileName().toString().replace(".jsonl", ""), round(score));
            log.accept(String.format("%-10s tagger alone, %s style %s", file.getKey().getFileName(), file.getValue(),
                    score));
        }
        manifest.put("heldOutStyles", "each held-out part is read in its corpus's style; 'InArticleStyle' in the "
                + "style tupu reads articles in (" + Pipelines.ARTICLE_NAME_STYLE + ")");
        ObjectNode figures = manifest.putObject("heldOutF1");
        ObjectNode articleStyle = manifest.putObject("heldOutF1InArticleStyle");
        Pipelines measured = new Pipelines(() -> tagger);
        var articlePipeline = measured.newPipeline(Pipelines.Recognition.TAGGER, true);
        for (var file : scored.entrySet()) {
            String name = file.getKey().getFileName().toString().replace(".jsonl", "");
            var pipeline = measured.withNameStyle(file.getValue()).newPipeline(Pipelines.Recognition.TAGGER, true);
            NerEvaluation.Result r = new NerEvaluation().evaluate(file.getKey(), pipeline, 0);
            ObjectNode f = figures.putObject(name);
            f.put("micro", round(r.micro()));
            r.byType().forEach((type, score) -> f.put(type, round(score)));
            log.accept(String.format("%-10s micro %s  %s", name, r.micro(), r.byType()));
            NerEvaluation.Result inArticleStyle = new NerEvaluation().evaluate(file.getKey(), articlePipeline, 0);
            articleStyle.put(name, round(inArticleStyle.micro()));
            log.accept(String.format("%-10s in the article style: micro %s", name, inArticleStyle.micro()));
        }
        json.writeValue(out.resolve("names.json").toFile(), manifest);
    }

    /** Exact-span micro scores of the tagger's own names, before the rest of the pipeline. */
    private static Score taggerAlone(Path file, Pipelines pipelines, NameTagger tagger, int style)
            throws IOException {
        var words = pipelines.newWordPipeline();
        var stage = new dev.tupu.extract.names.LearnedNameRecognizer(tagger, style);
        java.util.Map<String, String> types = java.util.Map.of("nr", NerCorpus.PERSON, "ns", NerCorpus.PLACE,
                "nt", NerCorpus.ORGANIZATION);
        Score total = Score.ZERO;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            var node = json.readTree(line);
            java.util.Set<String> gold = new java.util.HashSet<>();
            node.get("entities").forEach(e -> gold.add(e.get("start").asInt() + "|" + e.get("end").asInt() + "|"
                    + e.get("type").asText()));
            var a = stage.apply(words.annotate(node.get("text").asText()));
            java.util.Set<String> predicted = new java.util.HashSet<>();
            for (var t : a.tokens()) {
                String type = types.get(t.tag());
                if (type != null) {
                    predicted.add(t.start() + "|" + t.end() + "|" + type);
                }
            }
            int tp = (int) predicted.stream().filter(gold::contains).count();
            total = total.plus(new Score(tp, predicted.size() - tp, gold.size() - tp));
        }
        return total;
    }

    private static double round(Score s) {
        return Math.round(s.f1() * 10000) / 10000.0;
    }
}
