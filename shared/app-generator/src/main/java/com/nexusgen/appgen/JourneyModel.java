package com.nexusgen.appgen;

import java.util.List;

/** One PRD user journey: its test file is src/journeys/{slug}.test.ts; step pages are normalized paths. */
record JourneyModel(String name, String slug, List<Step> steps) {

    record Step(String page, String action) {
    }

    String file() {
        return "src/journeys/" + slug + ".test.ts";
    }
}
