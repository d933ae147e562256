package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.LinkedHashMap;
import java.util.Map;

/** A taxonomy leaf and the facts the message states, as the classifier decided them. */
record Classification(ErrorKind kind, Map<String, String> facts) {

    /** A fact names one thing; a type printed over kilobytes is cut where it stops helping anyone. */
    static final int MAX_FACT_LENGTH = 500;

    Classification {
        if (facts == null) {
            facts = Map.of();
        } else {
            Map<String, String> clipped = new LinkedHashMap<>();
            facts.forEach((name, value) -> clipped.put(name, value.length() <= MAX_FACT_LENGTH ? value
                    : value.substring(0, MAX_FACT_LENGTH) + " …"));
            facts = Map.copyOf(clipped);
        }
    }

    static Classification unknown() {
        return new Classification(ErrorKind.UNKNOWN, Map.of());
    }

    boolean known() {
        return kind != ErrorKind.UNKNOWN;
    }

    Classification withKind(ErrorKind newKind) {
        return new Classification(newKind, facts);
    }
}
