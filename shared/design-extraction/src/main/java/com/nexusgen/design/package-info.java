/**
 * The design system and the data model that emerge from a project's mockups.
 *
 * <p>{@link com.nexusgen.design.DesignExtractor} reads each mockup with jsoup (HTML) and ph-css (CSS), resolves
 * {@code var()} against the custom properties, finds the components (nav, hero, card, button, form, table, list,
 * modal), attributes every rule to what it styles by matching its selectors against the DOM, and tallies colours,
 * spacing, fonts, radii and shadows. Tokens are then named by use (the background of primary buttons is
 * {@code color-primary}), by the documents' own custom property names where they exist and are used, and most
 * confidently when the two agree. The project's own renderer writes its tokens as {@code --color-primary},
 * {@code --space-1..6}, {@code --font-body}, {@code --font-size-*}, {@code --radius-*}; they come back under the
 * same names.
 *
 * <p>{@link com.nexusgen.design.EntityInference} reads forms (create and edit), tables (list views), definition lists
 * (detail views), grids of record links and delete actions as sightings of entities, and merges them across pages.
 *
 * <p>Both are deterministic (pages are read in id order, whatever order they are given in) and never throw on what a
 * mockup contains. src/test/resources/labelled holds hand-labelled mockups that the accuracy test measures against.
 */
package com.nexusgen.design;
