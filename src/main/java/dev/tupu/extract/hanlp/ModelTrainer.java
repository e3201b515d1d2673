package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.model.perceptron.CWSTrainer;
import com.hankcs.hanlp.model.perceptron.NERTrainer;
import com.hankcs.hanlp.model.perceptron.POSTrainer;
import com.hankcs.hanlp.model.perceptron.PerceptronTrainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Trains HanLP's structured-perceptron models (word segmentation, part-of-speech, named entities) on a PKU-format
 * training file, and writes them gzipped as {@code cws.bin.gz}, {@code pos.bin.gz}, {@code ner.bin.gz}.
 */
public final class ModelTrainer {
    /** The model files, in the order they are trained. */
    public static final Map<String, String> MODELS = Map.of("cws", "word segmentation", "pos", "part of speech",
            "ner", "named entities");

    private final int iterations;
    private final int threads;

    public ModelTrainer(int iterations, int threads) {
        this.iterations = iterations;
        this.threads = threads;
    }

    /** Trains the three models; {@code evaluation} is only scored, never trained on. Returns accuracies by model. */
    public Map<String, Double> train(Path trainFile, Path evaluation, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Map<String, Double> accuracy = new LinkedHashMap<>();
        accuracy.put("cws", trainOne(new CWSTrainer(), trainFile, evaluation, outDir, "cws"));
        accuracy.put("pos", trainOne(new POSTrainer(), trainFile, evaluation, outDir, "pos"));
        accuracy.put("ner", trainOne(new NERTrainer(), trainFile, evaluation, outDir, "ner"));
        return accuracy;
    }

    private double trainOne(PerceptronTrainer trainer, Path trainFile, Path evaluation, Path outDir, String name)
            throws IOException {
        Path raw = outDir.resolve(name + ".bin");
        PerceptronTrainer.Result result = trainer.train(trainFile.toString(), evaluation.toString(), raw.toString(),
                0, iterations, threads);
        gzip(raw, outDir.resolve(name + ".bin.gz"));
        Files.delete(raw);
        return result.getAccuracy();
    }

    private static void gzip(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(to), 1 << 16)) {
            in.transferTo(out);
        }
    }
}
