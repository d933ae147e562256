package com.nexusgen.design;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Precision and recall of predicted items against labelled ones, summed over apps. */
final class Score {

    final String category;
    int truePositives;
    int predicted;
    int labelled;
    final Set<String> falsePositives = new TreeSet<>();
    /** Per app: true positives, predicted, labelled. */
    final java.util.Map<String, int[]> perApp = new java.util.TreeMap<>();
    final Set<String> misses = new TreeSet<>();

    Score(String category) {
        this.category = category;
    }

    void add(String app, Set<String> predictedItems, Set<String> labelledItems) {
        predicted += predictedItems.size();
        labelled += labelledItems.size();
        int[] app3 = perApp.computeIfAbsent(app, k -> new int[3]);
        app3[1] += predictedItems.size();
        app3[2] += labelledItems.size();
        for (String item : predictedItems) {
            if (labelledItems.contains(item)) {
                truePositives++;
                app3[0]++;
            } else {
                falsePositives.add(app + ": " + item);
            }
        }
        for (String item : labelledItems) {
            if (!predictedItems.contains(item)) {
                misses.add(app + ": " + item);
            }
        }
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        return labelled == 0 ? 1.0 : (double) truePositives / labelled;
    }

    String perAppLine() {
        StringBuilder sb = new StringBuilder();
        perApp.forEach((app, c) -> sb.append(String.format(Locale.ROOT, "  %s P %.2f R %.2f", app,
                c[1] == 0 ? 1.0 : (double) c[0] / c[1], c[2] == 0 ? 1.0 : (double) c[0] / c[2])));
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-11s precision %.3f (%d/%d)  recall %.3f (%d/%d)", category, precision(),
                truePositives, predicted, recall(), truePositives, labelled);
    }
}
