package com.nexusgen.mockups.render.view;

import java.util.List;

/** One row of a {@link DataTable}. */
public record TableRow(List<Cell> cells) {
}
