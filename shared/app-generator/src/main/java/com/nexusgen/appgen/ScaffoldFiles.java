package com.nexusgen.appgen;

import com.nexusgen.domain.code.FileOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.nexusgen.appgen.TsNames.attr;
import static com.nexusgen.appgen.TsNames.jsx;
import static com.nexusgen.appgen.TsNames.str;

/**
 * The "scaffold" task: everything the other tasks' files plug into. Build setup (package.json with its lock,
 * Vite, TypeScript), the entry point, App.tsx routing every page (importing components the other tasks write,
 * by names the model derives), the layout, styles, the storage layer and the test helpers.
 */
final class ScaffoldFiles {
    /** Copied as they are. */
    private static final List<String> STATIC = List.of("package.json", "package-lock.json", "tsconfig.json", "vite.config.ts",
            "src/main.tsx", "src/vite-env.d.ts", "src/data/storage.test.ts", "src/data/validation.ts", "src/data/session.ts",
            "src/testing/renderRoute.ts", "src/pages/NotFound.tsx", "src/styles/app.css", "public/robots.txt");
    private static final int DESCRIPTION_MAX = 160;

    private ScaffoldFiles() {
    }

    static List<FileOperation> generate(AppModel app, Map<String, String> tokens) {
        List<FileOperation> files = new ArrayList<>();
        for (String path : STATIC) {
            files.add(FileOperation.create(path, Templates.text(path)));
        }
        // Stored without its dot so no tool treats the template folder itself as ignored.
        files.add(FileOperation.create(".gitignore", Templates.text("gitignore")));
        files.add(FileOperation.create("index.html", indexHtml(app, tokens)));
        files.add(FileOperation.create("README.md", readme(app)));
        files.add(FileOperation.create("public/favicon.svg", favicon(app, tokens)));
        files.add(FileOperation.create("src/styles/tokens.css", DesignTokens.css(tokens)));
        files.add(FileOperation.create("src/data/storage.ts",
                Templates.fill("src/data/storage.ts", Map.of("'__STORAGE_PREFIX__'", str(app.slug() + ":")))));
        files.add(FileOperation.create("src/components/usePageTitle.ts",
                Templates.fill("src/components/usePageTitle.ts", Map.of("'__APP_NAME__'", str(app.name())))));
        files.add(FileOperation.create("src/components/Layout.tsx", layout(app)));
        files.add(FileOperation.create("src/routes.ts", routes(app)));
        files.add(FileOperation.create("src/App.tsx", appTsx(app)));
        return files;
    }

    private static String indexHtml(AppModel app, Map<String, String> tokens) {
        String description = app.vision().length() > DESCRIPTION_MAX
                ? app.vision().substring(0, DESCRIPTION_MAX - 1).strip() + "…"
                : app.vision();
        return """
                <!doctype html>
                <html lang="en">
                  <head>
                    <meta charset="UTF-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
                    <meta name="description" content="%s" />
                    <meta name="theme-color" content="%s" />
                    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
                    <title>%s</title>
                  </head>
                  <body>
                    <noscript>%s needs JavaScript to run.</noscript>
                    <div id="root"></div>
                    <script type="module" src="/src/main.tsx"></script>
                  </body>
                </html>
                """.formatted(TsNames.html(description), TsNames.html(tokens.getOrDefault("color-primary", "#1d4ed8")),
                TsNames.html(app.name()), TsNames.html(app.name()));
    }

    /** A rounded square in the primary color with the app's initial: a favicon that is the app's own. */
    private static String favicon(AppModel app, Map<String, String> tokens) {
        List<String> words = TsNames.words(app.name());
        String initial = words.isEmpty() ? "A" : words.getFirst().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="%s">
                  <rect width="64" height="64" rx="14" fill="%s" />
                  <text x="32" y="43" font-family="system-ui, sans-serif" font-size="32" font-weight="700" text-anchor="middle" fill="%s">%s</text>
                </svg>
                """.formatted(TsNames.html(app.name()), TsNames.html(tokens.getOrDefault("color-primary", "#1d4ed8")),
                TsNames.html(tokens.getOrDefault("color-on-primary", "#ffffff")), initial);
    }

    private static String readme(AppModel app) {
        StringBuilder pages = new StringBuilder();
        for (AppModel.Route route : app.routes()) {
            pages.append("- `").append(route.path().replace("`", "")).append("`: ").append(route.component()).append('\n');
        }
        return """
                # %s

                %s

                Generated by NexusGen: React + TypeScript + Vite, data kept in the browser's local storage.

                ```sh
                npm ci          # install the locked dependencies
                npm run dev     # develop at http://localhost:5173
                npm run build   # type-check and build into dist/
                npm test        # run the user-journey tests
                ```

                ## Pages

                %s""".formatted(TsNames.comment(app.name()), TsNames.comment(app.vision()), pages);
    }

    private static String layout(AppModel app) {
        Code code = new Code();
        code.line("import type { ReactElement } from 'react';");
        code.line("import { Link, NavLink, Outlet } from 'react-router-dom';");
        code.blank();
        code.line("/** The frame around every page: skip link, header with the main navigation, the page itself, footer. */");
        code.line("export default function Layout(): ReactElement {");
        code.line(1, "return (");
        code.line(2, "<div className=\"app-shell\">");
        code.line(3, "<a className=\"skip-link\" href=\"#main-content\">");
        code.line(4, "Skip to main content");
        code.line(3, "</a>");
        code.line(3, "<header className=\"site-header\">");
        code.line(4, "<div className=\"container header-inner\">");
        code.line(5, "<Link className=\"brand\" to=\"/\">");
        code.line(6, jsx(app.name()));
        code.line(5, "</Link>");
        if (!app.nav().isEmpty()) {
            code.line(5, "<nav aria-label=\"Main\">");
            code.line(6, "<ul className=\"nav-list\">");
            for (AppModel.NavItem item : app.nav()) {
                code.line(7, "<li>");
                code.line(8, "<NavLink to=" + attr(item.path()) + (item.path().equals("/") ? " end" : "") + ">"
                        + jsx(item.label()) + "</NavLink>");
                code.line(7, "</li>");
            }
            code.line(6, "</ul>");
            code.line(5, "</nav>");
        }
        code.line(4, "</div>");
        code.line(3, "</header>");
        code.line(3, "<main id=\"main-content\" className=\"container\" tabIndex={-1}>");
        code.line(4, "<Outlet />");
        code.line(3, "</main>");
        code.line(3, "<footer className=\"site-footer\">");
        code.line(4, "<div className=\"container\">");
        code.line(5, "<p>");
        code.line(6, jsx(app.name() + ": your data stays in this browser."));
        code.line(5, "</p>");
        code.line(4, "</div>");
        code.line(3, "</footer>");
        code.line(2, "</div>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    /** One object per entity: its path patterns for App.tsx and link builders for the pages. */
    private static String routes(AppModel app) {
        Code code = new Code();
        code.line("// Where each entity's pages live. App.tsx routes these patterns; pages link with the builders, so a");
        code.line("// path is written once.");
        if (app.entities().isEmpty()) {
            code.line("export {};");
        }
        for (EntityModel e : app.entities()) {
            EntityModel.Routes r = e.routes();
            code.blank();
            code.line("export const " + e.routesAlias() + " = {");
            code.line(1, "list: " + str(r.list()) + ",");
            code.line(1, "create: " + str(r.create()) + ",");
            code.line(1, "detailPattern: " + str(r.detailPattern()) + ",");
            code.line(1, "detailParam: " + str(r.detailParam()) + ",");
            code.line(1, "editPattern: " + str(r.editPattern()) + ",");
            code.line(1, "editParam: " + str(r.editParam()) + ",");
            code.line(1, "detail: (id: string): string => " + builder(r.detailPattern(), r.detailParam()) + ",");
            code.line(1, "edit: (id: string): string => " + builder(r.editPattern(), r.editParam()) + ",");
            code.line("};");
        }
        return code.toString();
    }

    /** '/recipes/:id/edit' → '/recipes/' + encodeURIComponent(id) + '/edit'. */
    private static String builder(String pattern, String param) {
        String marker = ":" + param;
        int at = pattern.indexOf(marker);
        String before = pattern.substring(0, at);
        String after = pattern.substring(at + marker.length());
        return str(before) + " + encodeURIComponent(id)" + (after.isEmpty() ? "" : " + " + str(after));
    }

    private static String appTsx(AppModel app) {
        Code code = new Code();
        code.line("import type { ReactElement } from 'react';");
        code.line("import { Route, Routes } from 'react-router-dom';");
        code.line("import Layout from './components/Layout';");
        java.util.Set<String> imported = new java.util.TreeSet<>();
        for (AppModel.Route route : app.routes()) {
            imported.add(route.component());
        }
        imported.add("NotFound");
        for (String component : imported) {
            code.line("import " + component + " from './pages/" + component + "';");
        }
        code.blank();
        code.line("/** Every page of the app, inside the shared layout; unknown addresses get the not-found page. */");
        code.line("export default function App(): ReactElement {");
        code.line(1, "return (");
        code.line(2, "<Routes>");
        code.line(3, "<Route element={<Layout />}>");
        for (AppModel.Route route : app.routes()) {
            code.line(4, "<Route path=" + attr(route.path()) + " element={<" + route.component() + " />} />");
        }
        code.line(4, "<Route path=\"*\" element={<NotFound />} />");
        code.line(3, "</Route>");
        code.line(2, "</Routes>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }
}
