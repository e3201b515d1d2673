package dev.tupu.cli;

import dev.tupu.extract.hanlp.ModelTrainer;
import dev.tupu.train.PkuCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the perceptron segmentation, part-of-speech and named-entity models on the People's "
                + "Daily 1998 corpus (PKU tagging). A fixed tenth of the paragraphs is held out for evaluation and "
                + "written as span-annotated JSON lines for 'tupu eval ner'.",
        footer = {"", "Example:",
                "  tupu train --corpus ../shared/data/corpus/pku98-199801-noid.txt --out src/main/resources/models"})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "the PKU-format corpus (-noid file)")
    Path corpus;

    @Option(names = "--out", defaultValue = "src/main/resources/models", paramLabel = "DIR",
            description = "where the gzipped models go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--work", defaultValue = "target/training", paramLabel = "DIR",
            description = "where the split corpus goes (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--iterations", defaultValue = "15", description = "training epochs (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--threads", defaultValue = "2", description = "training threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        PkuCorpus.Split split = PkuCorpus.split(corpus, work);
        System.out.printf("corpus: %d paragraphs to train on, %d held out (%s)%n", split.trainParagraphs(),
                split.testParagraphs(), split.testSpans());
        Map<String, Double> accuracy = new ModelTrainer(iterations, threads).train(split.train(), split.test(), out);
        accuracy.forEach((model, score) -> System.out.printf("%s: %.4f on the held-out tenth%n", model, score));
        return 0;
    }
}
