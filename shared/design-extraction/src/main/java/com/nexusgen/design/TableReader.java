package com.nexusgen.design;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a table as the list view of an entity: fields from its column headers, types from the values in the
 * columns, the entity's name from its caption, label, heading, the record links in its rows and the page slug.
 */
final class TableReader {

    private static final Set<String> NOT_COLUMNS = Set.of("", "actions", "action", "select", "edit", "delete", "options",
            "menu", "more");
    private static final int MAX_ROWS = 50;

    Optional<EntitySighting> read(Element table, PageContext page) {
        List<Element> headers = headers(table);
        if (headers.size() < 2) {
            return Optional.empty();
        }
        List<Element> rows = bodyRows(table, headers.getFirst().parent());
        List<FieldSighting> fields = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column).text().trim();
            String name = FieldNames.fromLabel(header);
            if (NOT_COLUMNS.contains(FieldNames.key(name)) || header.length() > 40) {
                continue;
            }
            List<Element> cells = new ArrayList<>();
            for (Element row : rows) {
                Elements rowCells = row.select("> td, > th");
                if (column < rowCells.size()) {
                    cells.add(rowCells.get(column));
                }
            }
            FieldTypes.Guess guess = FieldTypes.ofValues(cells);
            fields.add(new FieldSighting(name, new FieldTypes.Guess(guess.type(), Math.min(guess.confidence(), 0.75),
                    guess.authority(), guess.options()), false, false));
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NameVotes votes = page.votes();
        Element caption = table.selectFirst("caption");
        votes.add(EntityNames.fromText(caption == null ? "" : caption.text()), 1.0);
        votes.add(EntityNames.fromText((table.attr("aria-label") + " " + PageText.labelledBy(table)).trim()), 1.0);
        votes.add(EntityNames.fromText(PageText.idAndClasses(table)), 0.6);
        votes.add(EntityNames.fromText(PageText.headingBefore(table)), 0.8);
        votes.add(rowLinks(rows), 1.0);
        votes.add(EntityNames.fromText(page.slug()), 0.5);
        return votes.winner().map(entity -> new EntitySighting(entity, votes.confidence(), CrudOperation.READ, fields, page.pageId()));
    }

    private static List<Element> headers(Element table) {
        Elements head = table.select("thead tr");
        if (!head.isEmpty()) {
            return head.last().select("> th, > td");
        }
        Element first = table.selectFirst("tr");
        if (first != null && !first.select("> th").isEmpty()) {
            return first.select("> th, > td");
        }
        return List.of();
    }

    private static List<Element> bodyRows(Element table, Element headerRow) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row != headerRow && row.closest("thead") == null && rows.size() < MAX_ROWS) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Rows that link to {@code /invoices/42} say the table lists invoices. */
    private static Optional<String> rowLinks(List<Element> rows) {
        NameVotes votes = new NameVotes();
        for (Element row : rows) {
            Element link = row.selectFirst("a[href]");
            if (link != null && link.attr("href").matches(".*/[^/]+/(\\d+|[0-9a-fA-F-]{8,})(/.*)?$")) {
                votes.add(EntityNames.fromPath(link.attr("href")), 1.0);
            }
        }
        return votes.winner();
    }
}
