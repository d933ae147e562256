package com.nexusgen.design;

import java.util.List;

/**
 * One place a page shows an entity: a form, a table, a definition list, a collection of record links or a delete action.
 *
 * @param entity     its name, or null for a delete action that names none (it then belongs to the page's entity)
 * @param confidence how sure the name is, from how many signals agree on it
 * @param operation  what the page does with it; null for a sign-in form, which neither creates nor reads
 */
record EntitySighting(String entity, double confidence, CrudOperation operation, List<FieldSighting> fields,
                      String pageId) {
}
