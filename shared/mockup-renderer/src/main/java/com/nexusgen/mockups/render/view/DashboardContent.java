package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * A dashboard: one summary card per list page, then a table of recent items.
 *
 * @param recentTitle the heading over the recent items; their table's caption says more, not the same again
 */
public record DashboardContent(List<Metric> metrics, String recentTitle, DataTable recent) implements PageContent {
}
