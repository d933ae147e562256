package com.nexusgen.appgen;

import com.nexusgen.domain.code.FileOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static com.nexusgen.appgen.TsNames.jsx;
import static com.nexusgen.appgen.TsNames.str;

/**
 * An "entity:&lt;slug&gt;" task: the entity's data module ({@link EntityDataModule}) and its three pages: a
 * searchable list, a detail page with related records, a create/edit form whose every control is labelled and
 * reports its errors accessibly.
 */
final class EntityFiles {
    private EntityFiles() {
    }

    static List<FileOperation> generate(AppModel app, EntityModel e) {
        return List.of(
                FileOperation.create("src/data/" + e.module() + ".ts", EntityDataModule.source(e)),
                FileOperation.create("src/pages/" + e.listComponent() + ".tsx", listPage(e)),
                FileOperation.create("src/pages/" + e.detailComponent() + ".tsx", detailPage(app, e)),
                FileOperation.create("src/pages/" + e.formComponent() + ".tsx", formPage(app, e)));
    }

    // --- pages ---------------------------------------------------------------------------------------------------

    static String listPage(EntityModel e) {
        String store = e.storeAlias();
        String routes = e.routesAlias();
        String searchId = e.slug() + "-search";
        Code code = new Code();
        code.line("import { useState, type ReactElement } from 'react';");
        code.line("import { Link } from 'react-router-dom';");
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        code.line("import * as " + store + " from '../data/" + e.module() + "';");
        code.line("import { " + routes + " } from '../routes';");
        code.blank();
        code.line("/** " + TsNames.comment(e.listTitle() + ": " + e.listPurpose()) + " */");
        code.line("export default function " + e.listComponent() + "(): ReactElement {");
        code.line(1, "usePageTitle(" + str(e.listTitle()) + ");");
        code.line(1, "const [query, setQuery] = useState('');");
        code.line(1, "const items = " + store + ".list();");
        code.line(1, "const visible = " + store + ".search(items, query);");
        code.line(1, "return (");
        code.line(2, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(3, "<div className=\"page-header\">");
        code.line(4, "<h1 id=\"page-title\">" + jsx(e.listTitle()) + "</h1>");
        code.line(4, "<Link className=\"button\" to={" + routes + ".create}>");
        code.line(5, jsx("New " + e.human()));
        code.line(4, "</Link>");
        code.line(3, "</div>");
        code.line(3, "<p className=\"lead\">" + jsx(e.listPurpose()) + "</p>");
        code.line(3, "<div className=\"field\">");
        code.line(4, "<label htmlFor=\"" + searchId + "\">" + jsx("Search " + e.humanPlural()) + "</label>");
        code.line(4, "<input");
        code.line(5, "id=\"" + searchId + "\"");
        code.line(5, "type=\"search\"");
        code.line(5, "value={query}");
        code.line(5, "onChange={(event) => setQuery(event.target.value)}");
        code.line(4, "/>");
        code.line(3, "</div>");
        code.line(3, "{items.length === 0 ? (");
        code.line(4, "<p className=\"empty-state\">");
        code.line(5, jsx("No " + e.humanPlural() + " yet.") + " <Link to={" + routes + ".create}>" + jsx("Create the first one") + "</Link>");
        code.line(4, "</p>");
        code.line(3, ") : visible.length === 0 ? (");
        code.line(4, "<p className=\"empty-state\" role=\"status\">");
        code.line(5, jsx("No " + e.humanPlural() + " match your search."));
        code.line(4, "</p>");
        code.line(3, ") : (");
        code.line(4, "<ul className=\"card-list\">");
        code.line(5, "{visible.map((item) => (");
        code.line(6, "<li key={item.id} className=\"card\">");
        code.line(7, "<h2 className=\"card-title\">");
        code.line(8, "<Link to={" + routes + ".detail(item.id)}>{" + store + ".label(item)}</Link>");
        code.line(7, "</h2>");
        List<FieldModel> meta = e.fields().stream()
                .filter(f -> f != e.labelField() && f.kind() != FieldKind.TEXT && f.kind() != FieldKind.REFERENCE)
                .limit(2).toList();
        if (!meta.isEmpty()) {
            code.line(7, "<p className=\"card-meta\">");
            for (int i = 0; i < meta.size(); i++) {
                FieldModel f = meta.get(i);
                code.line(8, "{" + str((i > 0 ? " · " : "") + f.label() + ": ") + "}");
                code.line(8, "{" + plainValue(f, "item") + "}");
            }
            code.line(7, "</p>");
        }
        code.line(6, "</li>");
        code.line(5, "))}");
        code.line(4, "</ul>");
        code.line(3, ")}");
        code.line(2, "</section>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    /** A field's value as text for display ('—' when empty). */
    private static String plainValue(FieldModel f, String item) {
        String ref = item + "." + f.key();
        return switch (f.kind()) {
            case INTEGER, DECIMAL, ENUM -> f.required() ? ref : ref + " ?? '—'";
            case BOOLEAN -> ref + " ? 'Yes' : 'No'";
            default -> ref + " === '' ? '—' : " + ref;
        };
    }

    static String detailPage(AppModel app, EntityModel e) {
        String store = e.storeAlias();
        String routes = e.routesAlias();
        boolean usesCheck = e.fields().stream().anyMatch(f -> f.kind() == FieldKind.URL || f.kind() == FieldKind.EMAIL);
        TreeSet<String> routeImports = new TreeSet<>(List.of(routes));
        List<String> storeImports = new ArrayList<>();
        storeImports.add("import * as " + store + " from '../data/" + e.module() + "';");
        List<EntityModel> parents = new ArrayList<>();
        for (FieldModel f : e.fields()) {
            if (f.kind() == FieldKind.REFERENCE && app.entity(f.reference()) != null) {
                EntityModel parent = app.entity(f.reference());
                parents.add(parent);
                routeImports.add(parent.routesAlias());
                storeImports.add("import * as " + parent.storeAlias() + " from '../data/" + parent.module() + "';");
            }
        }
        List<EntityModel> children = new ArrayList<>();
        for (String childName : e.children()) {
            EntityModel child = app.entity(childName);
            if (child != null && child.referenceTo(e.pascal()) != null) {
                children.add(child);
                routeImports.add(child.routesAlias());
                storeImports.add("import * as " + child.storeAlias() + " from '../data/" + child.module() + "';");
            }
        }

        Code code = new Code();
        code.line("import type { ReactElement } from 'react';");
        code.line("import { Link, useNavigate, useParams } from 'react-router-dom';");
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        storeImports.stream().sorted().distinct().forEach(code::line);
        if (usesCheck) {
            code.line("import * as check from '../data/validation';");
        }
        code.line("import { " + String.join(", ", routeImports) + " } from '../routes';");
        code.blank();
        code.line("/** One " + TsNames.comment(e.human()) + ": all its fields, related records, edit and delete. */");
        code.line("export default function " + e.detailComponent() + "(): ReactElement {");
        code.line(1, "const params = useParams();");
        code.line(1, "const navigate = useNavigate();");
        code.line(1, "const item = " + store + ".get(params[" + routes + ".detailParam] ?? '');");
        code.line(1, "usePageTitle(item === undefined ? " + str(e.title() + " not found") + " : " + store + ".label(item));");
        code.blank();
        code.line(1, "if (item === undefined) {");
        code.line(2, "return (");
        code.line(3, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(4, "<h1 id=\"page-title\">" + jsx(e.title() + " not found") + "</h1>");
        code.line(4, "<p>");
        code.line(5, jsx("It may have been deleted.") + " <Link to={" + routes + ".list}>" + jsx("Back to " + e.humanPlural()) + "</Link>");
        code.line(4, "</p>");
        code.line(3, "</section>");
        code.line(2, ");");
        code.line(1, "}");
        code.blank();
        for (EntityModel parent : parents) {
            FieldModel fk = e.referenceTo(parent.pascal());
            code.line(1, "const " + parent.camel() + "Parent = item." + fk.key() + " === '' ? undefined : " + parent.storeAlias()
                    + ".get(item." + fk.key() + ");");
        }
        for (EntityModel child : children) {
            FieldModel fk = child.referenceTo(e.pascal());
            code.line(1, "const " + child.camel() + "Children = " + child.storeAlias() + ".list().filter((entry) => entry."
                    + fk.key() + " === item.id);");
        }
        code.line(1, "const handleDelete = (): void => {");
        code.line(2, "// Deleting cannot be undone, so it asks first.");
        code.line(2, "if (window.confirm(" + str("Delete this " + e.human() + "? This cannot be undone.") + ")) {");
        code.line(3, store + ".remove(item.id);");
        code.line(3, "navigate(" + routes + ".list);");
        code.line(2, "}");
        code.line(1, "};");
        code.blank();
        code.line(1, "return (");
        code.line(2, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(3, "<div className=\"page-header\">");
        code.line(4, "<h1 id=\"page-title\">{" + store + ".label(item)}</h1>");
        code.line(4, "<div className=\"actions\">");
        code.line(5, "<Link className=\"button\" to={" + routes + ".edit(item.id)}>");
        code.line(6, "Edit");
        code.line(5, "</Link>");
        code.line(5, "<button className=\"button button-danger\" type=\"button\" onClick={handleDelete}>");
        code.line(6, "Delete");
        code.line(5, "</button>");
        code.line(4, "</div>");
        code.line(3, "</div>");
        code.line(3, "<dl className=\"details\">");
        for (FieldModel f : e.fields()) {
            code.line(4, "<dt>" + jsx(f.label()) + "</dt>");
            code.line(4, "<dd" + (f.kind() == FieldKind.TEXT ? " className=\"multiline\"" : "") + ">" + detailValue(app, e, f) + "</dd>");
        }
        code.line(4, "<dt>Last updated</dt>");
        code.line(4, "<dd>{new Date(item.updatedAt).toLocaleString()}</dd>");
        code.line(3, "</dl>");
        for (EntityModel child : children) {
            String list = child.camel() + "Children";
            String titleId = child.slug() + "-related-title";
            FieldModel fk = child.referenceTo(e.pascal());
            code.line(3, "<section aria-labelledby=\"" + titleId + "\">");
            code.line(4, "<h2 id=\"" + titleId + "\">" + jsx(child.titlePlural()) + "</h2>");
            code.line(4, "{" + list + ".length === 0 ? (");
            code.line(5, "<p className=\"empty-state\">" + jsx("No " + child.humanPlural() + " yet.") + "</p>");
            code.line(4, ") : (");
            code.line(5, "<ul className=\"plain-list\">");
            code.line(6, "{" + list + ".map((entry) => (");
            code.line(7, "<li key={entry.id}>");
            code.line(8, "<Link to={" + child.routesAlias() + ".detail(entry.id)}>{" + child.storeAlias() + ".label(entry)}</Link>");
            code.line(7, "</li>");
            code.line(6, "))}");
            code.line(5, "</ul>");
            code.line(4, ")}");
            code.line(4, "<p>");
            code.line(5, "<Link to={" + child.routesAlias() + ".create + '?' + new URLSearchParams({ " + fk.key()
                    + ": item.id }).toString()}>");
            code.line(6, jsx("Add " + TsNames.withArticle(child.human())));
            code.line(5, "</Link>");
            code.line(4, "</p>");
            code.line(3, "</section>");
        }
        code.line(3, "<p>");
        code.line(4, "<Link to={" + routes + ".list}>" + jsx("Back to " + e.humanPlural()) + "</Link>");
        code.line(3, "</p>");
        code.line(2, "</section>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    /** A field's value in the detail list: links for URLs, emails and related records, '—' when empty. */
    private static String detailValue(AppModel app, EntityModel e, FieldModel f) {
        String ref = "item." + f.key();
        return switch (f.kind()) {
            // Only a checked http(s) address becomes a link: stored data could hold "javascript:".
            case URL -> "{check.isUrl(" + ref + ") ? (<a href={" + ref + "} rel=\"noopener noreferrer\">{" + ref + "}</a>) : "
                    + ref + " === '' ? '—' : " + ref + "}";
            case EMAIL -> "{check.isEmail(" + ref + ") ? <a href={'mailto:' + " + ref + "}>{" + ref + "}</a> : " + ref
                    + " === '' ? '—' : " + ref + "}";
            case REFERENCE -> {
                EntityModel parent = app.entity(f.reference());
                String p = parent.camel() + "Parent";
                yield "{" + p + " === undefined ? '—' : <Link to={" + parent.routesAlias() + ".detail(" + p + ".id)}>{"
                        + parent.storeAlias() + ".label(" + p + ")}</Link>}";
            }
            default -> "{" + plainValue(f, "item") + "}";
        };
    }

    static String formPage(AppModel app, EntityModel e) {
        String store = e.storeAlias();
        String routes = e.routesAlias();
        List<FieldModel> references = e.fields().stream()
                .filter(f -> f.kind() == FieldKind.REFERENCE && app.entity(f.reference()) != null).toList();
        boolean usesCheck = e.fields().stream().anyMatch(f -> f.kind().isNumeric());
        List<String> storeImports = new ArrayList<>();
        storeImports.add("import * as " + store + " from '../data/" + e.module() + "';");
        for (FieldModel f : references) {
            EntityModel parent = app.entity(f.reference());
            storeImports.add("import * as " + parent.storeAlias() + " from '../data/" + parent.module() + "';");
        }

        Code code = new Code();
        code.line("import { useState, type FormEvent, type ReactElement } from 'react';");
        code.line("import { Link, useNavigate, useParams" + (references.isEmpty() ? "" : ", useSearchParams") + " } from 'react-router-dom';");
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        storeImports.stream().sorted().distinct().forEach(code::line);
        if (usesCheck) {
            code.line("import * as check from '../data/validation';");
        }
        code.line("import { " + routes + " } from '../routes';");
        code.blank();
        code.line("/** What the inputs hold: text for text and number inputs, true/false for checkboxes. */");
        code.line("interface FormValues {");
        for (FieldModel f : e.fields()) {
            code.line(1, f.key() + ": " + (f.kind() == FieldKind.BOOLEAN ? "boolean" : "string") + ";");
        }
        code.line("}");
        code.blank();
        String prefillParam = references.isEmpty() ? "" : ", prefill: URLSearchParams";
        code.line("function toValues(item: " + store + "." + e.typeName() + " | undefined" + prefillParam + "): FormValues {");
        code.line(1, "return {");
        for (FieldModel f : e.fields()) {
            String ref = "item?." + f.key();
            String value = switch (f.kind()) {
                case INTEGER, DECIMAL -> "check.numberText(" + ref + ")";
                case BOOLEAN -> ref + " ?? false";
                case ENUM -> ref + " ?? " + (f.required() ? str(f.values().getFirst()) : "''");
                // A "New X" link from a parent's page names the parent: ?recipeId=...
                case REFERENCE -> app.entity(f.reference()) != null ? ref + " ?? prefill.get(" + str(f.key()) + ") ?? ''" : ref + " ?? ''";
                default -> ref + " ?? ''";
            };
            code.line(2, f.key() + ": " + value + ",");
        }
        code.line(1, "};");
        code.line("}");
        code.blank();
        code.line("function toDraft(values: FormValues): " + store + "." + e.draftType() + " {");
        code.line(1, "return {");
        for (FieldModel f : e.fields()) {
            String value = f.kind().isNumeric() ? "check.parseNumber(values." + f.key() + ")" : "values." + f.key();
            code.line(2, f.key() + ": " + value + ",");
        }
        code.line(1, "};");
        code.line("}");
        code.blank();
        code.line("/** " + TsNames.comment("Creates " + TsNames.withArticle(e.human()) + ", or edits one when the address names it; nothing is saved until every rule passes.") + " */");
        code.line("export default function " + e.formComponent() + "(): ReactElement {");
        code.line(1, "const params = useParams();");
        if (!references.isEmpty()) {
            code.line(1, "const [searchParams] = useSearchParams();");
        }
        code.line(1, "const navigate = useNavigate();");
        code.line(1, "const id = params[" + routes + ".editParam];");
        code.line(1, "const existing = id === undefined ? undefined : " + store + ".get(id);");
        code.line(1, "const [values, setValues] = useState<FormValues>(() => toValues(existing" + (references.isEmpty() ? "" : ", searchParams") + "));");
        code.line(1, "const [errors, setErrors] = useState<" + store + "." + e.errorsType() + ">({});");
        code.line(1, "const title = existing === undefined ? " + str(e.createTitle()) + " : " + str("Edit ") + " + " + store + ".label(existing);");
        code.line(1, "usePageTitle(title);");
        for (FieldModel f : references) {
            EntityModel parent = app.entity(f.reference());
            code.line(1, "const " + parent.camel() + "Choices = " + parent.storeAlias() + ".list();");
        }
        code.blank();
        code.line(1, "if (id !== undefined && existing === undefined) {");
        code.line(2, "return (");
        code.line(3, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(4, "<h1 id=\"page-title\">" + jsx(e.title() + " not found") + "</h1>");
        code.line(4, "<p>");
        code.line(5, "<Link to={" + routes + ".list}>" + jsx("Back to " + e.humanPlural()) + "</Link>");
        code.line(4, "</p>");
        code.line(3, "</section>");
        code.line(2, ");");
        code.line(1, "}");
        code.blank();
        code.line(1, "const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {");
        code.line(2, "event.preventDefault();");
        code.line(2, "const result = " + store + ".parse(toDraft(values));");
        code.line(2, "if (!result.ok) {");
        code.line(3, "setErrors(result.errors);");
        code.line(3, "return;");
        code.line(2, "}");
        code.line(2, "const saved = existing === undefined ? " + store + ".create(result.value) : " + store
                + ".update(existing.id, result.value);");
        code.line(2, "navigate(saved === undefined ? " + routes + ".list : " + routes + ".detail(saved.id));");
        code.line(1, "};");
        code.blank();
        code.line(1, "return (");
        code.line(2, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(3, "<h1 id=\"page-title\">{title}</h1>");
        code.line(3, "<p className=\"lead\">" + jsx(e.createPurpose()) + "</p>");
        code.line(3, "<form className=\"form\" noValidate onSubmit={handleSubmit}>");
        code.line(4, "{Object.keys(errors).length === 0 ? null : (");
        code.line(5, "<p className=\"form-error\" role=\"alert\">");
        code.line(6, "Please correct the fields marked below.");
        code.line(5, "</p>");
        code.line(4, ")}");
        if (e.fields().stream().anyMatch(FieldModel::required)) {
            code.line(4, "<p className=\"hint\">Fields marked * are required.</p>");
        }
        for (FieldModel f : e.fields()) {
            field(code, app, e, f);
        }
        code.line(4, "<div className=\"actions\">");
        code.line(5, "<button className=\"button\" type=\"submit\">");
        code.line(6, "Save");
        code.line(5, "</button>");
        code.line(5, "<Link className=\"button button-secondary\" to={existing === undefined ? " + routes + ".list : " + routes
                + ".detail(existing.id)}>");
        code.line(6, "Cancel");
        code.line(5, "</Link>");
        code.line(4, "</div>");
        code.line(3, "</form>");
        code.line(2, "</section>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    /** One labelled control with its error message wired through aria-describedby. */
    private static void field(Code code, AppModel app, EntityModel e, FieldModel f) {
        String id = e.slug() + "-" + f.key();
        String errorId = id + "-error";
        String error = "errors." + f.key();
        String value = "values." + f.key();
        String invalid = "aria-invalid={" + error + " === undefined ? undefined : true}";
        String describedBy = "aria-describedby={" + error + " === undefined ? undefined : '" + errorId + "'}";
        String onChange = "onChange={(event) => setValues({ ...values, " + f.key() + ": event.target."
                + (f.kind() == FieldKind.BOOLEAN ? "checked" : "value") + " })}";
        String requiredMark = f.required() && f.kind() != FieldKind.BOOLEAN
                ? "<span className=\"required-mark\" aria-hidden=\"true\">{' *'}</span>"
                : "";

        if (f.kind() == FieldKind.BOOLEAN) {
            code.line(4, "<div className=\"field field-checkbox\">");
            code.line(5, "<input id=\"" + id + "\" name=\"" + f.key() + "\" type=\"checkbox\" checked={" + value + "} " + onChange + " />");
            code.line(5, "<label htmlFor=\"" + id + "\">" + jsx(f.label()) + "</label>");
            code.line(4, "</div>");
            return;
        }
        code.line(4, "<div className=\"field\">");
        code.line(5, "<label htmlFor=\"" + id + "\">");
        code.line(6, jsx(f.label()) + requiredMark);
        code.line(5, "</label>");
        List<String> attributes = new ArrayList<>();
        attributes.add("id=\"" + id + "\"");
        attributes.add("name=\"" + f.key() + "\"");
        FieldRules r = f.rules();
        switch (f.kind()) {
            case TEXT -> {
                code.line(5, "<textarea");
                attributes.add("rows={6}");
            }
            case ENUM, REFERENCE -> code.line(5, "<select");
            default -> {
                code.line(5, "<input");
                attributes.add("type=\"" + inputType(f.kind()) + "\"");
            }
        }
        if (f.required()) {
            attributes.add("required");
        }
        switch (f.kind()) {
            case INTEGER -> {
                attributes.add("inputMode=\"numeric\"");
                attributes.add("step={1}");
            }
            case DECIMAL -> {
                attributes.add("inputMode=\"decimal\"");
                attributes.add("step={0.01}");
            }
            case EMAIL -> attributes.add("autoComplete=\"email\"");
            case URL -> attributes.add("inputMode=\"url\"");
            default -> {
            }
        }
        if (f.kind().isNumeric()) {
            if (r.min() != null && !r.minExclusive()) {
                attributes.add("min={" + EntityDataModule.number(r.min()) + "}");
            }
            if (r.max() != null && !r.maxExclusive()) {
                attributes.add("max={" + EntityDataModule.number(r.max()) + "}");
            }
        }
        if (f.kind().isTextual() && r.maxLength() != null) {
            attributes.add("maxLength={" + r.maxLength() + "}");
        }
        attributes.add("value={" + value + "}");
        attributes.add(onChange);
        attributes.add(invalid);
        attributes.add(describedBy);
        for (String attribute : attributes) {
            code.line(6, attribute);
        }
        if (f.kind() == FieldKind.ENUM) {
            code.line(5, ">");
            if (!f.required()) {
                code.line(6, "<option value=\"\">Not set</option>");
            }
            code.line(6, "{" + e.storeAlias() + "." + f.optionsConst() + ".map((option) => (");
            code.line(7, "<option key={option} value={option}>");
            code.line(8, "{option}");
            code.line(7, "</option>");
            code.line(6, "))}");
            code.line(5, "</select>");
        } else if (f.kind() == FieldKind.REFERENCE) {
            EntityModel parent = app.entity(f.reference());
            code.line(5, ">");
            code.line(6, "<option value=\"\">None</option>");
            if (parent != null) {
                code.line(6, "{" + parent.camel() + "Choices.map((entry) => (");
                code.line(7, "<option key={entry.id} value={entry.id}>");
                code.line(8, "{" + parent.storeAlias() + ".label(entry)}");
                code.line(7, "</option>");
                code.line(6, "))}");
            }
            code.line(5, "</select>");
        } else {
            code.line(5, "/>");
        }
        code.line(5, "{" + error + " === undefined ? null : (");
        code.line(6, "<p id=\"" + errorId + "\" className=\"field-error\">");
        code.line(7, "{" + error + "}");
        code.line(6, "</p>");
        code.line(5, ")}");
        code.line(4, "</div>");
    }

    private static String inputType(FieldKind kind) {
        return switch (kind) {
            case INTEGER, DECIMAL -> "number";
            case DATE -> "date";
            case DATETIME -> "datetime-local";
            case EMAIL -> "email";
            case URL -> "url";
            default -> "text";
        };
    }
}
