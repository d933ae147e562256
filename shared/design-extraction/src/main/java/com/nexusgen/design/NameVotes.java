package com.nexusgen.design;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Votes for an entity name from independent signals (heading, aria-label, id, action URL, submit text, page slug).
 * The more weight agrees on the winner, the higher the confidence.
 */
final class NameVotes {

    private final Map<String, double[]> votes = new LinkedHashMap<>();
    private final Set<String> excluded;

    /** @param excluded names that get no votes: the app's own name */
    NameVotes(Set<String> excluded) {
        this.excluded = excluded;
    }

    NameVotes() {
        this(Set.of());
    }

    void add(Optional<String> name, double weight) {
        name.filter(n -> !excluded.contains(n)).ifPresent(n -> {
            double[] v = votes.computeIfAbsent(n, k -> new double[2]);
            v[0] += weight;
            v[1]++;
        });
    }

    Optional<String> winner() {
        return votes.entrySet().stream()
                .max((a, b) -> {
                    int byWeight = Double.compare(a.getValue()[0], b.getValue()[0]);
                    if (byWeight != 0) {
                        return byWeight;
                    }
                    int bySources = Double.compare(a.getValue()[1], b.getValue()[1]);
                    return bySources != 0 ? bySources : b.getKey().compareTo(a.getKey());
                })
                .map(Map.Entry::getKey);
    }

    /** 0.35 for nothing, plus 0.15 per unit of agreeing weight, at most 0.95; less when other names were voted too. */
    double confidence() {
        Optional<String> winner = winner();
        if (winner.isEmpty()) {
            return 0;
        }
        double agreeing = votes.get(winner.get())[0];
        double total = votes.values().stream().mapToDouble(v -> v[0]).sum();
        double confidence = Math.min(0.95, 0.35 + 0.15 * agreeing) * (0.7 + 0.3 * agreeing / total);
        return Math.round(confidence * 100) / 100.0;
    }
}
