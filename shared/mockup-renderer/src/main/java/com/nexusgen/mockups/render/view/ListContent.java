package com.nexusgen.mockups.render.view;

/**
 * A list page: a search form, a link to the create form, and the records as a table.
 *
 * @param searchAction where the search form goes (the list itself); null keeps it on the current document
 * @param searchLabel  the visible label of the search field
 * @param create       the link to the create form; null when the project has no such page
 */
public record ListContent(String searchAction, String searchLabel, Link create, DataTable table)
        implements PageContent {
}
