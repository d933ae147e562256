package com.nexusgen.design;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a form as a sighting of the entity it creates or edits: the entity's name from the words around the form,
 * its fields from the controls and their labels, and the operation from "new"/"edit" words, the HTTP method override
 * and whether the controls are already filled in.
 */
final class FormReader {

    static final String CONTROLS =
            "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea";

    /** Controls that carry session or form mechanics, never entity data. */
    private static final Set<String> MECHANICS = Set.of("remember", "rememberme", "remembermetoken", "keepsignedin",
            "staysignedin", "csrf", "csrftoken", "token", "authenticitytoken", "captcha", "grecaptcharesponse", "terms",
            "agree", "acceptterms", "tos", "passwordconfirmation", "confirmpassword", "passwordconfirm", "method", "utf",
            "commit", "redirect", "returnto", "next", "q", "query", "search");

    private static final Set<String> CREATE_WORDS = Set.of("new", "create", "add", "register", "signup", "invite",
            "compose", "post", "publish", "upload");
    private static final Set<String> UPDATE_WORDS = Set.of("edit", "update", "change", "settings", "preferences",
            "profile", "rename", "changes");

    Optional<EntitySighting> read(Element form, PageContext page) {
        if (isSearch(form)) {
            return Optional.empty();
        }
        List<FieldSighting> fields = fields(form);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String heading = PageText.headingInside(form);
        if (heading.isEmpty()) {
            heading = PageText.headingBefore(form);
        }
        String aria = (form.attr("aria-label") + " " + PageText.labelledBy(form)).trim();
        String legend = soleLegend(form);
        String submit = submitText(form);
        String action = form.attr("action");

        NameVotes votes = page.votes();
        votes.add(EntityNames.fromText(aria), 1.0);
        votes.add(EntityNames.fromText(heading), 1.0);
        votes.add(EntityNames.fromText(legend), 0.8);
        votes.add(EntityNames.fromText(submit), 0.8);
        votes.add(EntityNames.fromText(PageText.idAndClasses(form)), 0.8);
        votes.add(EntityNames.fromPath(action), 0.8);
        votes.add(EntityNames.fromText(page.slug()), 0.5);
        Optional<String> entity = votes.winner();
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        String words = String.join(" ", aria, heading, legend, submit, page.slug(), PageText.idAndClasses(form));
        CrudOperation operation = operation(form, words, action, entity.get());
        return Optional.of(new EntitySighting(entity.get(), votes.confidence(), operation,
                withoutEntityPrefix(fields, entity.get()), page.pageId()));
    }

    /** Search and filter forms ask questions; they do not hold an entity. */
    private static boolean isSearch(Element form) {
        if (form.closest("[role=search]") != null || form.is("[role=search]")) {
            return true;
        }
        Elements controls = form.select(CONTROLS);
        return !controls.isEmpty() && controls.stream().allMatch(c -> c.attr("type").equalsIgnoreCase("search")
                || Set.of("q", "query", "search", "s", "term", "keyword", "keywords").contains(c.attr("name").toLowerCase(Locale.ROOT)));
    }

    private static List<FieldSighting> fields(Element form) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element control : form.select(CONTROLS)) {
            String type = control.attr("type").toLowerCase(Locale.ROOT);
            String name = control.attr("name").trim();
            String key = (type.equals("radio") || type.equals("checkbox")) && !name.isEmpty()
                    ? "group:" + name : "control:" + groups.size();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(control);
        }
        List<FieldSighting> fields = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (List<Element> group : groups.values()) {
            Element first = group.getFirst();
            String name = fieldName(first, group.size() > 1);
            if (name.isEmpty() || MECHANICS.contains(FieldNames.key(name)) || !seen.add(FieldNames.key(name))) {
                continue;
            }
            List<String> options = first.is("select") ? selectOptions(first) : group.size() > 1 ? choiceOptions(group) : List.of();
            FieldTypes.Guess type = FieldTypes.ofControl(first, name, options);
            boolean required = group.stream().anyMatch(FormReader::isRequired);
            fields.add(new FieldSighting(name, type, required, true));
        }
        return fields;
    }

    private static String fieldName(Element control, boolean isGroup) {
        String name = control.attr("name");
        if (!name.isBlank()) {
            return FieldNames.fromControlName(name);
        }
        if (!isGroup && !control.id().isBlank()) {
            return FieldNames.fromControlName(control.id());
        }
        return FieldNames.fromLabel(label(control));
    }

    /** The label a person reads for a control. */
    static String label(Element control) {
        if (!control.id().isBlank() && control.ownerDocument() != null) {
            for (Element label : control.ownerDocument().select("label[for]")) {
                if (label.attr("for").equals(control.id())) {
                    return label.text();
                }
            }
        }
        Element wrapping = control.closest("label");
        if (wrapping != null) {
            return wrapping.text();
        }
        if (!control.attr("aria-label").isBlank()) {
            return control.attr("aria-label");
        }
        return control.attr("placeholder");
    }

    private static boolean isRequired(Element control) {
        if (control.hasAttr("required") || control.attr("aria-required").equalsIgnoreCase("true")) {
            return true;
        }
        return label(control).trim().endsWith("*");
    }

    private static List<String> selectOptions(Element select) {
        List<Element> options = select.select("option");
        boolean numericValues = options.stream().map(o -> o.attr("value")).filter(v -> !v.isBlank())
                .allMatch(v -> v.matches("\\d+"));
        List<String> values = new ArrayList<>();
        for (Element option : options) {
            String value = option.hasAttr("value") ? option.attr("value").trim() : option.text().trim();
            if (value.isEmpty() || option.hasAttr("disabled") && option.hasAttr("selected")) {
                continue; // "Choose a client…" placeholders
            }
            String shown = numericValues || !option.hasAttr("value") ? option.text().trim() : value;
            if (!shown.isEmpty() && !values.contains(shown)) {
                values.add(shown);
            }
        }
        return values;
    }

    private static List<String> choiceOptions(List<Element> group) {
        List<String> values = new ArrayList<>();
        for (Element choice : group) {
            String value = choice.hasAttr("value") ? choice.attr("value").trim() : label(choice).trim();
            if (!value.isEmpty() && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /** A legend names the form only when one fieldset holds all of its controls. */
    private static String soleLegend(Element form) {
        Elements fieldsets = form.select("fieldset");
        if (fieldsets.size() != 1) {
            return "";
        }
        Element fieldset = fieldsets.first();
        if (fieldset.select(CONTROLS).size() != form.select(CONTROLS).size()) {
            return "";
        }
        Element legend = fieldset.selectFirst("legend");
        return legend == null ? "" : legend.text();
    }

    private static String submitText(Element form) {
        for (Element button : form.select("button, input[type=submit]")) {
            String type = button.attr("type").toLowerCase(Locale.ROOT);
            boolean submits = button.is("input") || type.isEmpty() || type.equals("submit");
            String text = PageText.actionText(button);
            if (submits && !text.toLowerCase(Locale.ROOT).matches(".*\\b(delete|remove|cancel)\\b.*")) {
                return text;
            }
        }
        return "";
    }

    private static CrudOperation operation(Element form, String words, String action, String entity) {
        List<String> w = EntityNames.words(words);
        boolean auth = entity.equals(EntityNames.USER) && isSignIn(w);
        if (auth) {
            return null; // signing in neither creates nor changes the user
        }
        double create = 0;
        double update = 0;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            String next = i + 1 < w.size() ? w.get(i + 1) : "";
            if (CREATE_WORDS.contains(word) || (word.equals("sign") && next.equals("up"))) {
                create += 1;
            }
            if (UPDATE_WORDS.contains(word)) {
                update += 1;
            }
        }
        Element override = form.selectFirst("input[type=hidden][name=_method]");
        String method = override == null ? "" : override.attr("value").toLowerCase(Locale.ROOT);
        if (method.equals("put") || method.equals("patch")) {
            update += 2;
        }
        String path = action.replaceFirst("[?#].*$", "");
        if (path.matches(".*/new/?$")) {
            create += 1;
        } else if (path.matches(".*/edit/?$") || path.matches(".*/\\d+/?$")) {
            update += 1;
        }
        if (prefilledShare(form) >= 0.5) {
            update += 1;
        }
        if (create == 0 && update == 0) {
            return form.attr("method").equalsIgnoreCase("get") ? null : CrudOperation.CREATE;
        }
        return update > create ? CrudOperation.UPDATE : CrudOperation.CREATE;
    }

    private static boolean isSignIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (word.equals("login") || word.equals("signin") || word.equals("session")
                    || ((word.equals("sign") || word.equals("log")) && (next.equals("in") || next.equals("on")))) {
                return true;
            }
        }
        return false;
    }

    /** The share of controls already holding a value: an edit form shows the record it edits. */
    private static double prefilledShare(Element form) {
        Elements controls = form.select(CONTROLS);
        if (controls.isEmpty()) {
            return 0;
        }
        int filled = 0;
        for (Element control : controls) {
            String type = control.attr("type").toLowerCase(Locale.ROOT);
            boolean isFilled;
            if (control.is("textarea")) {
                isFilled = !control.text().isBlank();
            } else if (control.is("select")) {
                isFilled = control.selectFirst("option[selected]") != null;
            } else if (type.equals("checkbox") || type.equals("radio")) {
                isFilled = control.hasAttr("checked");
            } else {
                isFilled = !control.attr("value").isBlank();
            }
            if (isFilled) {
                filled++;
            }
        }
        return (double) filled / controls.size();
    }

    /** {@code recipe_title} in a Recipe form is the recipe's {@code title}. */
    private static List<FieldSighting> withoutEntityPrefix(List<FieldSighting> fields, String entity) {
        String prefix = Character.toLowerCase(entity.charAt(0)) + entity.substring(1);
        List<FieldSighting> out = new ArrayList<>();
        for (FieldSighting f : fields) {
            String name = f.name();
            if (name.startsWith(prefix) && name.length() > prefix.length()
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                String rest = name.substring(prefix.length());
                name = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
            out.add(new FieldSighting(name, f.type(), f.required(), f.fromForm()));
        }
        return out;
    }
}
