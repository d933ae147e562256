package com.nexusgen.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the words around a form or a table ("New recipe", "Edit Recipe", {@code id=recipe-form}, {@code /recipes/12})
 * into an entity name ({@code Recipe}): drop the verbs and filler, keep the first noun phrase, singularize simply.
 * Sign-in, sign-up, profile, account and settings all speak about the {@code User}.
 */
final class EntityNames {

    static final String USER = "User";

    private static final Set<String> STOP = Set.copyOf(List.of("new", "create", "creating", "add", "adding", "edit", "editing",
            "editor", "update", "updating", "save", "delete", "remove", "destroy", "trash", "your", "a", "an", "the",
            "my", "our", "this", "that", "these", "those", "form", "details", "detail", "info", "information", "submit",
            "changes", "change", "manage", "view", "all", "list", "page", "of", "for", "to", "and", "or", "with",
            "cancel", "back", "enter", "fill", "in", "out", "up", "please", "continue", "next", "done", "ok", "send",
            "it", "its", "me", "id", "index", "show", "modal", "dialog", "section", "panel", "card", "table", "grid",
            "button", "btn", "fields", "field", "basic", "general", "here", "now", "today", "recent", "latest", "more",
            "other", "overview", "start", "get", "started", "welcome", "search", "filter", "filters", "sort", "by",
            "from", "on", "at", "is", "are", "be", "you", "we", "will", "can", "what", "when", "how", "who", "why",
            "where", "which", "data", "record", "records", "wrapper", "container", "content", "main", "primary",
            "secondary", "danger", "zone", "actions", "action", "options", "api", "v", "html", "php", "aspx", "json",
            "home", "landing", "dashboard", "app", "site", "about", "new", "draft", "one", "some", "any", "each",
            "every", "just", "about", "create", "publish", "post", "upload", "invite", "compose", "write", "open",
            "close", "confirm", "apply", "go", "see", "read", "browse", "find", "explore", "lets", "let", "us",
            "permanently", "archive", "rename", "duplicate", "copy", "export", "import", "download", "share", "print"));

    /** Words that mean the signed-in user, wherever they appear as the noun. */
    private static final Set<String> USER_NOUNS = Set.of("user", "account", "profile", "me", "signup",
            "login", "signin");

    /** Words that mean the user when nothing more specific is named: "Settings", "Preferences". */
    private static final Set<String> USER_CONTEXT = Set.of("settings", "setting", "preferences", "preference");

    private static final Set<String> AUTH_SINGLE = Set.of("login", "signin", "signup", "logon", "session", "sessions",
            "register", "registration", "authenticate", "auth");

    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child",
            "men", "man", "women", "woman", "mice", "mouse", "geese", "goose", "feet", "foot", "teeth", "tooth");

    private static final Set<String> UNCOUNTABLE = Set.of("news", "series", "species", "status", "data", "address",
            "analysis", "basis", "canvas", "campus", "bonus", "virus", "alias", "bus", "class", "process", "access");

    private EntityNames() {
    }

    /** The entity a phrase names; empty when it names none. */
    static Optional<String> fromText(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > 12) {
            return Optional.empty();
        }
        if (isAuth(words)) {
            return Optional.of(USER);
        }
        List<String> phrase = firstPhrase(words);
        if (phrase.isEmpty()) {
            return words.stream().anyMatch(USER_CONTEXT::contains) ? Optional.of(USER) : Optional.empty();
        }
        return Optional.of(name(phrase));
    }

    /** The entity a URL path names: its last segment that is neither an id nor a verb ({@code /recipes/12/edit}). */
    static Optional<String> fromPath(String path) {
        if (path == null || path.isBlank() || path.startsWith("#") || path.startsWith("javascript:")
                || path.startsWith("mailto:") || path.startsWith("tel:")) {
            return Optional.empty();
        }
        String p = path.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        String[] segments = p.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i].replaceFirst("\\.[a-z]+$", "");
            if (segment.isBlank() || isId(segment)) {
                continue;
            }
            List<String> words = words(segment);
            if (isAuth(words)) {
                return Optional.of(USER);
            }
            List<String> phrase = firstPhrase(words);
            if (!phrase.isEmpty()) {
                return Optional.of(name(phrase));
            }
            if (words.stream().anyMatch(USER_CONTEXT::contains)) {
                return Optional.of(USER);
            }
        }
        return Optional.empty();
    }

    /** The entity named right after an action verb: "Delete contact Priya Natarajan" names Contact. */
    static Optional<String> afterVerb(String text) {
        List<String> words = words(text);
        int verb = -1;
        for (int i = 0; i < words.size(); i++) {
            if (Set.of("delete", "remove", "destroy", "trash", "edit", "update").contains(words.get(i))) {
                verb = i;
                break;
            }
        }
        for (int i = verb + 1; i < words.size(); i++) {
            String word = words.get(i);
            if (!STOP.contains(word)) {
                return Optional.of(USER_NOUNS.contains(word) ? USER : pascal(List.of(singular(word))));
            }
        }
        return Optional.empty();
    }

    /** Lower-case words, camelCase and snake_case split, digits dropped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String split = text.length() > 300 ? text.substring(0, 300) : text;
        split = split.replaceAll("([a-z])([A-Z])", "$1 $2");
        for (String word : split.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        if (UNCOUNTABLE.contains(w) || w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zes")
                || w.endsWith("uses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isAuth(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (AUTH_SINGLE.contains(w)) {
                return true;
            }
            if ((w.equals("sign") || w.equals("log")) && (next.equals("in") || next.equals("up") || next.equals("on"))) {
                return true;
            }
            if ((w.equals("forgot") || w.equals("reset")) && next.startsWith("password")) {
                return true;
            }
        }
        return false;
    }

    /** The first run of words that are neither verbs nor filler, at most its last two words. */
    private static List<String> firstPhrase(List<String> words) {
        List<String> run = new ArrayList<>();
        for (String word : words) {
            if (STOP.contains(word) || USER_CONTEXT.contains(word)) {
                if (!run.isEmpty()) {
                    break;
                }
                continue;
            }
            run.add(word);
        }
        return run.size() > 2 ? run.subList(run.size() - 2, run.size()) : run;
    }

    private static String name(List<String> phrase) {
        if (phrase.stream().anyMatch(USER_NOUNS::contains)) {
            return USER;
        }
        List<String> words = new ArrayList<>(phrase);
        words.set(words.size() - 1, singular(words.getLast()));
        return pascal(words);
    }

    private static String pascal(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }

    private static boolean isId(String segment) {
        return segment.matches("\\d+") || segment.matches("(?i)[0-9a-f-]{8,}") && segment.matches(".*\\d.*")
                || segment.startsWith(":") || segment.startsWith("{") || segment.startsWith("[");
    }
}
