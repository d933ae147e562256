package com.nexusgen.appgen;

import java.util.List;

/**
 * One PRD page with the route it gets (a normalized path) and what renders it: an entity page
 * ({@code entity} set, rendered by that entity's List/Detail/Form) or a page of its own ({@code component}).
 */
record PageModel(String path, String name, String purpose, List<String> keyElements, Kind kind, String entity,
                 String component) {

    enum Kind {
        LANDING, SIGN_IN, DASHBOARD, SETTINGS, GENERIC, ENTITY_LIST, ENTITY_DETAIL, ENTITY_CREATE, ENTITY_EDIT;

        boolean isEntityPage() {
            return name().startsWith("ENTITY_");
        }
    }

    boolean hasParams() {
        return path.contains(":");
    }

    /** src/pages/{component}.tsx, for pages that are not an entity's. */
    String file() {
        return "src/pages/" + component + ".tsx";
    }
}
