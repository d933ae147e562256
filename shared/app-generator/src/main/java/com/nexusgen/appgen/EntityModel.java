package com.nexusgen.appgen;

import java.util.List;

/**
 * One PRD entity with every name the generated files use for it, fixed once for the whole app so each task can
 * be generated on its own and still agree with the others: the data module (src/data/{module}.ts), its namespace
 * alias in importers ({storeAlias}), the routes object in src/routes.ts ({routesAlias}), the three page
 * components, and the type names inside its own module.
 */
record EntityModel(String rawName, String pascal, String camel, String slug, String module, String human,
                   String humanPlural, String typeName, String inputType, String draftType, String errorsType,
                   String resultType, String storeAlias, String routesAlias, String listComponent,
                   String detailComponent, String formComponent, String collection, List<FieldModel> fields,
                   List<String> parents, List<String> children, Routes routes, String listTitle, String listPurpose,
                   String createTitle, String createPurpose, String detailPurpose) {

    /**
     * Where the entity's pages live. {@code detailPattern}/{@code editPattern} hold exactly one parameter
     * ({@code detailParam}/{@code editParam}), so pages can build links to one record.
     */
    record Routes(String list, String create, String detailPattern, String detailParam, String editPattern,
                  String editParam) {
    }

    /** The field the app shows as a record's name: a required text field, preferring title/name. */
    FieldModel labelField() {
        FieldModel best = null;
        int bestScore = 0;
        for (FieldModel field : fields) {
            if (!field.kind().isTextual()) {
                continue;
            }
            int score = (field.required() ? 4 : 1) + (field.kind() == FieldKind.TEXT ? 0 : 2)
                    + (field.key().matches("(?i)(title|name|.*Name|label|subject|heading)") ? 8 : 0);
            if (score > bestScore) {
                best = field;
                bestScore = score;
            }
        }
        return best;
    }

    FieldModel field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    /** The foreign-key field pointing at {@code parentPascal}, or null. */
    FieldModel referenceTo(String parentPascal) {
        return fields.stream().filter(f -> parentPascal.equals(f.reference())).findFirst().orElse(null);
    }

    String title() {
        return TsNames.capitalize(human);
    }

    String titlePlural() {
        return TsNames.capitalize(humanPlural);
    }
}
