package com.nexusgen.appgen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.nexusgen.appgen.TsNames.str;

/**
 * src/data/&lt;entity&gt;.ts: the entity's TypeScript types, a runtime type guard for what comes back from storage,
 * validate() implementing the PRD's rules (required, lengths, ranges, formats, enum values), parse() turning a
 * form's draft into a typed input, and create/read/update/delete/search over storage.ts.
 */
final class EntityDataModule {
    private EntityDataModule() {
    }

    static String source(EntityModel e) {
        String t = e.typeName();
        Code code = new Code();
        code.line("import * as storage from './storage';");
        code.line("import * as check from './validation';");
        code.blank();
        code.line("// " + TsNames.comment(e.title() + ": the data layer of one entity of the PRD: its type, the rules "
                + TsNames.withArticle(e.human()) + " must follow,"));
        code.line("// and create, read, update and delete over local storage. Pages import this module as a namespace ("
                + e.storeAlias() + "),");
        code.line("// so its short names (list, get, create...) never clash with another entity's.");
        for (FieldModel f : e.fields()) {
            if (f.kind() == FieldKind.ENUM) {
                code.blank();
                code.line("/** The choices for " + TsNames.comment(f.label().toLowerCase(Locale.ROOT)) + ". */");
                code.line("export const " + f.optionsConst() + " = [" + String.join(", ", f.values().stream().map(TsNames::str).toList())
                        + "] as const;");
                code.blank();
                code.line("export type " + f.enumType() + " = (typeof " + f.optionsConst() + ")[number];");
                code.blank();
                code.line("export function " + f.guard() + "(value: unknown): value is " + f.enumType() + " {");
                code.line(1, "return " + f.optionsConst() + ".some((option) => option === value);");
                code.line("}");
            }
        }
        code.blank();
        code.line("/** What people fill in; the id and the timestamps are added when " + TsNames.comment(TsNames.withArticle(e.human())) + " is saved. */");
        code.line("export interface " + e.inputType() + " {");
        for (FieldModel f : e.fields()) {
            if (f.validationText() != null && !f.validationText().isBlank()) {
                code.line(1, "// PRD rule: " + TsNames.comment(f.validationText()));
            }
            code.line(1, f.key() + ": " + f.tsType() + ";");
        }
        code.line("}");
        code.blank();
        code.line("/** A saved " + TsNames.comment(e.human()) + ". */");
        code.line("export type " + t + " = " + e.inputType() + " & storage.StoredRecord;");
        code.blank();
        code.line("/** A form's values before they are checked, so each field may be missing or malformed. */");
        code.line("export interface " + e.draftType() + " {");
        for (FieldModel f : e.fields()) {
            code.line(1, f.key() + "?: " + f.draftType() + ";");
        }
        code.line("}");
        code.blank();
        code.line("/** One message per invalid field. */");
        code.line("export type " + e.errorsType() + " = Partial<Record<keyof " + e.inputType() + ", string>>;");
        code.blank();
        code.line("export type " + e.resultType() + " = { ok: true; value: " + e.inputType() + " } | { ok: false; errors: "
                + e.errorsType() + " };");
        code.blank();
        code.line("function isRecord(value: unknown): value is " + t + " {");
        code.line(1, "return (");
        code.line(2, "typeof value === 'object' &&");
        code.line(2, "value !== null &&");
        List<String> checks = new ArrayList<>(List.of("'id' in value && typeof value.id === 'string'",
                "'createdAt' in value && typeof value.createdAt === 'string'",
                "'updatedAt' in value && typeof value.updatedAt === 'string'"));
        for (FieldModel f : e.fields()) {
            checks.add(str(f.key()) + " in value && " + typeCheck(f, "value." + f.key()));
        }
        for (int i = 0; i < checks.size(); i++) {
            code.line(2, checks.get(i) + (i < checks.size() - 1 ? " &&" : ""));
        }
        code.line(1, ");");
        code.line("}");
        code.blank();
        code.line("const repository = new storage.Repository<" + t + ">(" + str("data/" + e.collection()) + ", isRecord);");
        code.blank();
        code.line("/** Every " + TsNames.comment(e.human()) + ", newest first. */");
        code.line("export function list(): " + t + "[] {");
        code.line(1, "return repository.list().sort(storage.newestFirst);");
        code.line("}");
        code.blank();
        code.line("export function get(id: string): " + t + " | undefined {");
        code.line(1, "return repository.get(id);");
        code.line("}");
        code.blank();
        validate(code, e);
        code.blank();
        parse(code, e);
        code.blank();
        code.block(0, """
                /** Saves %4$s; throws ValidationError when the input breaks a rule (forms call parse first). */
                export function create(input: %2$s): %3$s {
                  const result = parse(input);
                  if (!result.ok) {
                    throw new check.ValidationError(result.errors);
                  }
                  const now = storage.timestamp();
                  return repository.save({ ...result.value, id: storage.newId(), createdAt: now, updatedAt: now });
                }

                /** Replaces the fields of a saved %1$s; undefined when there is none with that id. */
                export function update(id: string, input: %2$s): %3$s | undefined {
                  const existing = repository.get(id);
                  if (existing === undefined) {
                    return undefined;
                  }
                  const result = parse(input);
                  if (!result.ok) {
                    throw new check.ValidationError(result.errors);
                  }
                  return repository.save({ ...result.value, id: existing.id, createdAt: existing.createdAt, updatedAt: storage.timestamp() });
                }

                /** Deletes %5$s; false when there was none with that id. */
                export function remove(id: string): boolean {
                  return repository.remove(id);
                }
                """.formatted(TsNames.comment(e.human()), e.inputType(), t, TsNames.comment(TsNames.withArticle("new " + e.human())),
                TsNames.comment(TsNames.withArticle(e.human()))));
        code.blank();
        List<String> searched = new ArrayList<>();
        for (FieldModel f : e.fields()) {
            if (f.searchable()) {
                searched.add(f.kind() == FieldKind.ENUM && !f.required() ? "item." + f.key() + " ?? ''" : "item." + f.key());
            }
        }
        if (searched.isEmpty()) {
            searched.add("item.id");
        }
        code.line("/** The items whose text contains the query, ignoring case; all of them for an empty query. */");
        code.line("export function search(items: readonly " + t + "[], query: string): " + t + "[] {");
        code.line(1, "const needle = query.trim().toLowerCase();");
        code.line(1, "if (needle === '') {");
        code.line(2, "return [...items];");
        code.line(1, "}");
        code.line(1, "return items.filter((item) => [" + String.join(", ", searched)
                + "].some((text) => text.toLowerCase().includes(needle)));");
        code.line("}");
        code.blank();
        FieldModel labelField = e.labelField();
        String fallback = str(e.title() + " ") + " + item.id.slice(0, 8)";
        code.line("/** What " + TsNames.comment(TsNames.withArticle(e.human())) + " is called in lists, links and headings. */");
        code.line("export function label(item: " + t + "): string {");
        if (labelField == null) {
            code.line(1, "return " + fallback + ";");
        } else {
            String value = "item." + labelField.key();
            code.line(1, "const text = " + value + ".trim();");
            code.line(1, "if (text === '') {");
            code.line(2, "return " + fallback + ";");
            code.line(1, "}");
            code.line(1, "return text.length > 80 ? text.slice(0, 79) + '…' : text;");
        }
        code.line("}");
        return code.toString();
    }

    /** The runtime check that a stored value has the field's type. */
    private static String typeCheck(FieldModel f, String ref) {
        return switch (f.kind()) {
            case INTEGER, DECIMAL -> f.required() ? "typeof " + ref + " === 'number'"
                    : "(" + ref + " === null || typeof " + ref + " === 'number')";
            case BOOLEAN -> "typeof " + ref + " === 'boolean'";
            case ENUM -> f.required() ? f.guard() + "(" + ref + ")" : "(" + ref + " === null || " + f.guard() + "(" + ref + "))";
            default -> "typeof " + ref + " === 'string'";
        };
    }

    private static void validate(Code code, EntityModel e) {
        code.line("/** The PRD's rules; the first rule a field breaks is the one reported for it. */");
        code.line("export function validate(draft: " + e.draftType() + "): " + e.errorsType() + " {");
        code.line(1, "const errors: " + e.errorsType() + " = {};");
        for (FieldModel f : e.fields()) {
            List<String[]> rules = rules(f);
            for (int i = 0; i < rules.size(); i++) {
                code.line(1, (i == 0 ? "if (" : "} else if (") + rules.get(i)[0] + ") {");
                code.line(2, "errors." + f.key() + " = " + str(rules.get(i)[1]) + ";");
            }
            if (!rules.isEmpty()) {
                code.line(1, "}");
            }
        }
        code.line(1, "return errors;");
        code.line("}");
    }

    /** (condition, message) pairs for one field, in the order they are checked. */
    static List<String[]> rules(FieldModel f) {
        String d = "draft." + f.key();
        String label = f.label();
        String len = "check.textLength(" + d + ")";
        FieldRules r = f.rules();
        List<String[]> out = new ArrayList<>();
        if (f.canBeMissing()) {
            switch (f.kind()) {
                case INTEGER, DECIMAL -> out.add(new String[]{d + " === undefined || " + d + " === null", label + " is required."});
                case ENUM -> out.add(new String[]{"!" + f.guard() + "(" + d + ")", "Choose " + TsNames.withArticle(label.toLowerCase(Locale.ROOT)) + "."});
                default -> out.add(new String[]{len + " === 0", label + " is required."});
            }
        }
        switch (f.kind()) {
            case INTEGER, DECIMAL -> {
                String isNumber = "typeof " + d + " === 'number'";
                out.add(new String[]{isNumber + " && !Number.isFinite(" + d + ")", label + " must be a number."});
                if (f.kind() == FieldKind.INTEGER) {
                    out.add(new String[]{isNumber + " && !Number.isInteger(" + d + ")", label + " must be a whole number."});
                }
                if (r.hasRange()) {
                    List<String> broken = new ArrayList<>();
                    List<String> wanted = new ArrayList<>();
                    if (r.min() != null) {
                        broken.add(d + (r.minExclusive() ? " <= " : " < ") + number(r.min()));
                        wanted.add((r.minExclusive() ? "more than " : "at least ") + number(r.min()));
                    }
                    if (r.max() != null) {
                        broken.add(d + (r.maxExclusive() ? " >= " : " > ") + number(r.max()));
                        wanted.add((r.maxExclusive() ? "less than " : "at most ") + number(r.max()));
                    }
                    String message = r.min() != null && r.max() != null && !r.minExclusive() && !r.maxExclusive()
                            ? "between " + number(r.min()) + " and " + number(r.max())
                            : String.join(" and ", wanted);
                    String condition = broken.size() == 1 ? broken.getFirst() : "(" + String.join(" || ", broken) + ")";
                    out.add(new String[]{isNumber + " && " + condition, label + " must be " + message + "."});
                }
            }
            case ENUM -> {
                if (!f.required()) {
                    out.add(new String[]{len + " > 0 && !" + f.guard() + "(" + d + ")",
                            "Choose one of the listed options for " + label.toLowerCase(Locale.ROOT) + "."});
                }
            }
            case DATE -> out.add(new String[]{len + " > 0 && !check.isDate(" + d + ")", label + " must be a date (YYYY-MM-DD)."});
            case DATETIME -> out.add(new String[]{len + " > 0 && !check.isDateTime(" + d + ")",
                    label + " must be a date and time."});
            default -> {
            }
        }
        if (f.kind().isTextual()) {
            if (r.minLength() != null && r.minLength() > 1) {
                out.add(new String[]{len + " > 0 && " + len + " < " + r.minLength(),
                        label + " must be at least " + r.minLength() + " characters."});
            }
            if (r.maxLength() != null) {
                out.add(new String[]{len + " > " + r.maxLength(), label + " must be at most " + r.maxLength() + " characters."});
            }
            if (f.kind() == FieldKind.EMAIL) {
                out.add(new String[]{len + " > 0 && !check.isEmail(" + d + ")", "Enter an email address like name@example.com."});
            }
            if (f.kind() == FieldKind.URL) {
                out.add(new String[]{len + " > 0 && !check.isUrl(" + d + ")", "Enter a web address starting with https://."});
            }
        }
        return out;
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void parse(Code code, EntityModel e) {
        code.line("/** The draft as a valid input, or the reasons it is not one. */");
        code.line("export function parse(draft: " + e.draftType() + "): " + e.resultType() + " {");
        code.line(1, "const errors = validate(draft);");
        code.line(1, "if (Object.keys(errors).length > 0) {");
        code.line(2, "return { ok: false, errors };");
        code.line(1, "}");
        code.line(1, "return {");
        code.line(2, "ok: true,");
        code.line(2, "value: {");
        for (FieldModel f : e.fields()) {
            String d = "draft." + f.key();
            String value = switch (f.kind()) {
                case INTEGER, DECIMAL -> f.required() ? "check.numberOr(" + d + ", 0)" : "check.numberOrNull(" + d + ")";
                case BOOLEAN -> d + " === true";
                case ENUM -> f.guard() + "(" + d + ") ? " + d + " : " + (f.required() ? str(f.values().getFirst()) : "null");
                default -> "check.clean(" + d + ")";
            };
            code.line(3, f.key() + ": " + value + ",");
        }
        code.line(2, "},");
        code.line(1, "};");
        code.line("}");
    }
}
