package com.nexusgen.mockups.render.view;

import java.util.List;

/** A table; the first cell of each row is its row header. */
public record DataTable(String caption, List<String> columns, List<TableRow> rows) {
}
