package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * A detail page: one record as a description list, with its actions.
 *
 * @param recordTitle the record's title, the card's heading
 * @param edit        the link to the edit form; may be null
 * @param back        the link back to the list; may be null
 * @param deleteLabel the label of the delete button (an action, so a button, not a link)
 */
public record DetailContent(String recordTitle, List<Fact> facts, Link edit, Link back, String deleteLabel)
        implements PageContent {
}
