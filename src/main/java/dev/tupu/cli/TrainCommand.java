package dev.tupu.cli;

import dev.tupu.extract.hanlp.ModelTrainer;
import dev.tupu.train.NameTaggerTraining;
import dev.tupu.train.PkuCorpus;
import dev.tupu.train.RelationTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains tupu's models from the data folder (../shared/data, not in this repository): 'hanlp', "
                + "the perceptron segmentation, part-of-speech and named-entity models on People's Daily 1998; "
                + "'names', the learned name tagger on People's Daily 1998, MSRA, CLUENER, Weibo and Resume; "
                + "'relations', the relation classifier on DuIE 2.0 and FinRE. A fixed held-out part of each corpus "
                + "is never trained on; it is written under --work for 'tupu eval', and each model's manifest "
                + "records its figures on it. 'names' reads its features with the shipped word models: after "
                + "retraining 'hanlp', rebuild the jar before training 'names'.",
        footer = {"", "Examples:",
                "  tupu train --only names --data ../shared/data",
                "  tupu train --only hanlp --corpus ../shared/data/corpus/pku98-199801-noid.txt"})
final class TrainCommand implements Callable<Integer> {
    enum Model { HANLP, NAMES, RELATIONS }

    @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
            description = "the data folder: corpus/, ner/, re/ (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--only", split = ",", paramLabel = "MODEL", converter = ModelName.class,
            description = "hanlp, names, relations (comma-separated; default: all)")
    Set<Model> only;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "the PKU-format corpus for 'hanlp' (default: DATA/corpus/pku98-199801-noid.txt)")
    Path corpus;

    @Option(names = "--out", defaultValue = "src/main/resources/models", paramLabel = "DIR",
            description = "where the models go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--work", defaultValue = "target/training", paramLabel = "DIR",
            description = "where the held-out parts go (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--iterations", defaultValue = "15", description = "'hanlp' training epochs (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--epochs", defaultValue = "15", description = "'names' training epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--threads", defaultValue = "2", description = "'hanlp' training threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        Set<Model> models = only == null || only.isEmpty() ? EnumSet.allOf(Model.class) : only;
        if (models.contains(Model.HANLP)) {
            Path pku = corpus != null ? corpus : data.resolve("corpus/pku98-199801-noid.txt");
            PkuCorpus.Split split = PkuCorpus.split(pku, work);
            System.out.printf("corpus: %d paragraphs to train on, %d held out (%s)%n", split.trainParagraphs(),
                    split.testParagraphs(), split.testSpans());
            Map<String, Double> accuracy = new ModelTrainer(iterations, threads).train(split.train(), split.test(), out);
            accuracy.forEach((model, score) -> System.out.printf("%s: %.4f on the held-out tenth%n", model, score));
        }
        if (models.contains(Model.NAMES)) {
            new NameTaggerTraining(data, work, out, epochs, System.out::println).run();
        }
        if (models.contains(Model.RELATIONS)) {
            new RelationTraining(data, work, out, System.out::println).run();
        }
        return 0;
    }

    /** Model names in any case. */
    static final class ModelName implements picocli.CommandLine.ITypeConverter<Model> {
        @Override
        public Model convert(String value) {
            return Model.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
