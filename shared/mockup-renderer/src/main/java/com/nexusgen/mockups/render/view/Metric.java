package com.nexusgen.mockups.render.view;

/** A dashboard summary card: a figure, what it counts, and a link to where those things are listed. */
public record Metric(Link link, String value, String unit) {
}
