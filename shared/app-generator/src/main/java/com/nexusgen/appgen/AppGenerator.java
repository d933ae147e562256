package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deterministic offline Coder: turns a PRD (prd/v1) into the files of a React + TypeScript + Vite app.
 * The work is split into tasks that write disjoint files, so a workflow can run them in parallel; every task
 * derives all names from the whole PRD (see {@link AppModel}), so their files fit together without seeing each
 * other. Same PRD and tokens in, byte-identical files out.
 */
public final class AppGenerator {

    public AppGenerator() {
    }

    /**
     * Tasks for a PRD, deterministic order: "scaffold" first, then "entity:&lt;slug&gt;" per entity,
     * "page:&lt;path&gt;" for the non-entity pages (landing, sign-in, dashboard, settings...), "journeys" last.
     * No two tasks write the same file.
     */
    public List<CodeTask> tasks(JsonNode prd) {
        AppModel app = AppModel.of(prd);
        List<CodeTask> tasks = new ArrayList<>();
        tasks.add(new CodeTask("scaffold", "scaffold", "Scaffold " + app.name() + ": build setup, routing, layout, styles, storage"));
        for (EntityModel e : app.entities()) {
            tasks.add(new CodeTask("entity:" + e.slug(), "entity",
                    e.title() + ": data layer, list, detail and form pages"));
        }
        for (PageModel page : app.ownPages()) {
            tasks.add(new CodeTask("page:" + page.path(), "page", "Page " + page.name() + " (" + page.path() + ")"));
        }
        if (!app.journeys().isEmpty()) {
            tasks.add(new CodeTask("journeys", "journeys", "User-journey tests (" + app.journeys().size() + ")"));
        }
        return List.copyOf(tasks);
    }

    /**
     * The files of one task, all CREATE operations, deterministic. {@code designTokens} may be null: tokens then
     * come from the PRD's designIntent alone; otherwise its entries (token name → CSS value, e.g.
     * "color-primary" → "#1d4ed8") override the derived ones. Unknown task ids are an IllegalArgumentException.
     */
    public List<FileOperation> generate(JsonNode prd, CodeTask task, Map<String, String> designTokens) {
        AppModel app = AppModel.of(prd);
        String id = task.id();
        if (id.equals("scaffold")) {
            return ScaffoldFiles.generate(app, DesignTokens.resolve(app.designIntent(), designTokens));
        }
        if (id.startsWith("entity:")) {
            EntityModel entity = app.entityBySlug(id.substring("entity:".length()));
            if (entity != null) {
                return EntityFiles.generate(app, entity);
            }
        } else if (id.startsWith("page:")) {
            PageModel page = app.page(id.substring("page:".length()));
            if (page != null && page.component() != null) {
                return PageFiles.generate(app, page);
            }
        } else if (id.equals("journeys")) {
            return JourneyTests.generate(app);
        }
        throw new IllegalArgumentException("no task " + id + " in the plan of this PRD");
    }

    /** Convenience: every task's files, in task order. */
    public List<FileOperation> generateAll(JsonNode prd, Map<String, String> designTokens) {
        List<FileOperation> files = new ArrayList<>();
        for (CodeTask task : tasks(prd)) {
            files.addAll(generate(prd, task, designTokens));
        }
        return List.copyOf(files);
    }
}
