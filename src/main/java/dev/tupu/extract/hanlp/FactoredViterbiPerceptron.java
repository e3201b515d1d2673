package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.model.StructuredPerceptron;

import java.util.Arrays;

/**
 * A HanLP perceptron model (the same feature map and weights, shared, not copied) whose Viterbi decoding gives
 * HanLP's answer with far less work.
 *
 * <p>HanLP's {@link LinearModel#viterbiDecode(Instance, int[])} scores each (previous label, label) pair by summing
 * every feature's weight again, although only the last feature (the transition) depends on the previous label:
 * n·L²·F additions for n characters, L labels and F features. Here each position's emission score (the other
 * features) is summed once per label and the transition weight added to it: n·(L·F + L²). The additions are done
 * in HanLP's order and in {@code double}, ties go to the first previous label as in HanLP, and the instance's
 * transition slot is left as HanLP leaves it, so the labels are the same to the bit (checked by
 * {@code FactoredViterbiPerceptronIT} against HanLP's decoding with the shipped models).
 *
 * <p>HanLP's taggers take a {@link StructuredPerceptron} as is, so passing this one to
 * {@code new PerceptronLexicalAnalyzer(...)} is all it takes. It keeps no state between calls: one model serves
 * every thread.
 */
public final class FactoredViterbiPerceptron extends StructuredPerceptron {

    public FactoredViterbiPerceptron(LinearModel model) {
        super(model.featureMap, model.parameter);
    }

    @Override
    public double viterbiDecode(Instance instance, int[] guessLabel) {
        FeatureMap features = featureMap;
        int[] allLabel = features.allLabels();
        int labels = allLabel.length;
        int stride = features.tagSet.size();
        int featureCount = features.size();
        int bos = features.bosTag();
        int length = instance.tagArray.length;
        float[] weights = parameter;

        int[][] previous = new int[length][labels];
        double[][] best = new double[2][labels];
        double[] emission = new double[labels];

        for (int i = 0; i < length; i++) {
            int now = i & 1;
            int before = 1 - now;
            int[] feature = instance.getFeatureAt(i);
            int transition = feature.length - 1;
            emissions(feature, transition, featureCount, stride, weights, emission);
            if (i == 0) {
                feature[transition] = bos;
                for (int label = 0; label < labels; label++) {
                    previous[0][label] = label;
                    best[0][label] = emission[label] + weights[bos * stride + label];
                }
                continue;
            }
            for (int label = 0; label < labels; label++) {
                double max = Integer.MIN_VALUE;
                for (int pre = 0; pre < labels; pre++) {
                    double score = best[before][pre] + (emission[label] + weights[pre * stride + label]);
                    if (max < score) {
                        max = score;
                        previous[i][label] = pre;
                        best[now][label] = max;
                    }
                }
            }
            feature[transition] = labels - 1; // HanLP leaves the last previous label in the slot
        }

        double[] last = best[(length - 1) & 1];
        int argmax = 0;
        double max = last[0];
        for (int label = 1; label < labels; label++) {
            if (max < last[label]) {
                argmax = label;
                max = last[label];
            }
        }
        for (int i = length - 1; i >= 0; --i) {
            guessLabel[i] = allLabel[argmax];
            argmax = previous[i][argmax];
        }
        return max;
    }

    /** Per label, the sum in feature order of every weight but the transition's; -1 marks an unknown feature. */
    private static void emissions(int[] feature, int transition, int featureCount, int stride, float[] weights,
                                  double[] emission) {
        Arrays.fill(emission, 0.0);
        for (int f = 0; f < transition; f++) {
            int index = feature[f];
            if (index == -1) {
                continue;
            }
            if (index < -1 || index >= featureCount) {
                throw new IllegalArgumentException("feature index " + index + " is outside the model");
            }
            int row = index * stride;
            for (int label = 0; label < emission.length; label++) {
                emission[label] += weights[row + label];
            }
        }
    }
}
