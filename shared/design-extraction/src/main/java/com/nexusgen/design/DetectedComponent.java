package com.nexusgen.design;

import org.jsoup.nodes.Element;

/** One component instance on one page. */
record DetectedComponent(String kind, String variant, Element element) {
}
