package com.nexusgen.design;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Field types: from a form control's type and name, or from the values a table column or a definition shows.
 */
final class FieldTypes {

    static final String STRING = "string";
    static final String TEXT = "text";
    static final String NUMBER = "number";
    static final String BOOLEAN = "boolean";
    static final String DATE = "date";
    static final String DATETIME = "datetime";
    static final String EMAIL = "email";
    static final String URL = "url";
    static final String ENUM = "enum";
    static final String PASSWORD = "password";

    /**
     * A type with how much it should count when sightings disagree.
     *
     * @param authority 3 for a typed control (select, date, checkbox...), 2 for a name hint or clear values,
     *                  1.5 for a plain text input, 1 for values that say nothing more than "text"
     */
    record Guess(String type, double confidence, double authority, List<String> options) {
    }

    private static final Pattern EMAIL_VALUE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final Pattern URL_VALUE = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final List<Pattern> DATE_VALUES = List.of(
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"),
            Pattern.compile("(?i)" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"),
            Pattern.compile("(?i)\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"),
            Pattern.compile("(?i)(today|yesterday|tomorrow)"));
    private static final Pattern DATETIME_VALUE = Pattern.compile(
            "(?i)(\\d{4}-\\d{2}-\\d{2}[t ]\\d{1,2}:\\d{2}.*|.*\\d{4},?\\s+(at\\s+)?\\d{1,2}:\\d{2}\\s*(am|pm)?)");
    private static final Pattern NUMBER_VALUE = Pattern.compile(
            "(?i)[+-]?[$€£¥]?\\s?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s?(%|[a-z]{1,7})?");
    private static final Set<String> UNITS = Set.of("", "%", "min", "mins", "minutes", "h", "hr", "hrs", "hours",
            "s", "sec", "secs", "seconds", "d", "days", "kg", "g", "mg", "lb", "lbs", "oz", "km", "m", "cm", "mm",
            "mi", "ml", "l", "kcal", "cal", "usd", "eur", "gbp", "k", "x", "pts", "points");
    private static final Set<String> BOOLEAN_VALUES = Set.of("yes", "no", "true", "false", "on", "off", "✓", "✔",
            "✗", "✕", "y", "n", "enabled", "disabled", "active", "inactive");
    private static final Pattern BADGE_CLASS = Pattern.compile(
            "(?i).*(badge|tag|pill|chip|status|label|lozenge|state).*");

    private FieldTypes() {
    }

    /** The type of a form control; for radio and checkbox groups, {@code options} lists their choices. */
    static Guess ofControl(Element control, String fieldName, List<String> groupOptions) {
        if (control.is("select")) {
            return new Guess(ENUM, 0.9, 3, groupOptions);
        }
        if (control.is("textarea")) {
            return new Guess(TEXT, 0.9, 3, List.of());
        }
        String type = control.attr("type").trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "email" -> new Guess(EMAIL, 0.9, 3, List.of());
            case "url" -> new Guess(URL, 0.9, 3, List.of());
            case "date", "month" -> new Guess(DATE, 0.9, 3, List.of());
            case "datetime-local", "datetime" -> new Guess(DATETIME, 0.9, 3, List.of());
            case "number", "range" -> new Guess(NUMBER, 0.9, 3, List.of());
            case "password" -> new Guess(PASSWORD, 0.9, 3, List.of());
            case "radio" -> new Guess(ENUM, 0.85, 3, groupOptions);
            case "checkbox" -> groupOptions.size() > 1
                    ? new Guess(ENUM, 0.8, 3, groupOptions)
                    : new Guess(BOOLEAN, 0.9, 3, List.of());
            case "file" -> new Guess(URL, 0.7, 2, List.of());
            default -> ofName(fieldName);
        };
    }

    /** The type a text input's name suggests: {@code email}, {@code website}, {@code due_date}, {@code price}. */
    static Guess ofName(String fieldName) {
        List<String> words = EntityNames.words(fieldName);
        String last = words.isEmpty() ? "" : words.getLast();
        if (words.contains("email")) {
            return new Guess(EMAIL, 0.75, 2, List.of());
        }
        if (words.contains("password")) {
            return new Guess(PASSWORD, 0.75, 2, List.of());
        }
        if (words.contains("url") || words.contains("website") || words.contains("homepage") || last.equals("link")) {
            return new Guess(URL, 0.75, 2, List.of());
        }
        if (last.equals("date") || last.equals("birthday") || last.equals("dob") || last.equals("on")
                || last.equals("deadline")) {
            return new Guess(DATE, 0.75, 2, List.of());
        }
        if (last.equals("at") || last.equals("datetime") || last.equals("timestamp")) {
            return new Guess(DATETIME, 0.75, 2, List.of());
        }
        if (Set.of("price", "amount", "cost", "total", "quantity", "qty", "age", "count").contains(last)) {
            return new Guess(NUMBER, 0.75, 2, List.of());
        }
        if (!words.isEmpty() && Set.of("is", "has", "can").contains(words.getFirst()) && words.size() > 1) {
            return new Guess(BOOLEAN, 0.75, 2, List.of());
        }
        return new Guess(STRING, 0.8, 1.5, List.of());
    }

    /** The type a column's or a definition's values show. */
    static Guess ofValues(List<Element> cells) {
        List<String> values = new ArrayList<>();
        Map<String, Integer> typeVotes = new LinkedHashMap<>();
        boolean badges = false;
        for (Element cell : cells) {
            String value = cell.text().trim();
            if (cell.selectFirst("input[type=checkbox]") != null) {
                typeVotes.merge(BOOLEAN, 1, Integer::sum);
                values.add(value);
                continue;
            }
            if (value.isEmpty() || value.equals("—") || value.equals("-") || value.equals("–")) {
                continue;
            }
            values.add(value);
            typeVotes.merge(typeOf(cell, value), 1, Integer::sum);
            for (Element e : cell.select("span, em, mark, strong, small")) {
                if (BADGE_CLASS.matcher(e.className()).matches() && e.text().trim().equals(value)) {
                    badges = true;
                }
            }
        }
        if (values.isEmpty()) {
            return new Guess(STRING, 0.5, 1, List.of());
        }
        Map.Entry<String, Integer> top = typeVotes.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        double share = (double) top.getValue() / values.size();
        String type = share >= 0.8 ? top.getKey() : STRING;
        Set<String> distinct = new LinkedHashSet<>(values);
        if (type.equals(STRING) && isEnumLike(values, distinct, badges)) {
            return new Guess(ENUM, 0.7, 2, List.copyOf(distinct));
        }
        if (type.equals(STRING)) {
            double avg = values.stream().mapToInt(String::length).average().orElse(0);
            return avg > 60 ? new Guess(TEXT, 0.6, 1, List.of()) : new Guess(STRING, 0.55, 1, List.of());
        }
        return new Guess(type, Math.min(0.9, 0.6 + 0.3 * share), 2, List.of());
    }

    private static boolean isEnumLike(List<String> values, Set<String> distinct, boolean badges) {
        boolean shortValues = values.stream().allMatch(v -> v.length() <= 24);
        if (!shortValues || distinct.size() > 8) {
            return false;
        }
        return badges && distinct.size() < values.size() || values.size() >= 4 && distinct.size() * 2 <= values.size();
    }

    private static String typeOf(Element cell, String value) {
        Element link = cell.selectFirst("a[href]");
        if (link != null && link.attr("href").toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            return EMAIL;
        }
        Element time = cell.selectFirst("time[datetime]");
        if (time != null) {
            return time.attr("datetime").contains("T") || time.attr("datetime").contains(":") ? DATETIME : DATE;
        }
        String v = value.trim();
        if (EMAIL_VALUE.matcher(v).matches()) {
            return EMAIL;
        }
        if (URL_VALUE.matcher(v).matches()) {
            return URL;
        }
        if (DATETIME_VALUE.matcher(v).matches()) {
            return DATETIME;
        }
        for (Pattern date : DATE_VALUES) {
            if (date.matcher(v).matches()) {
                return DATE;
            }
        }
        if (BOOLEAN_VALUES.contains(v.toLowerCase(Locale.ROOT))) {
            return BOOLEAN;
        }
        var number = NUMBER_VALUE.matcher(v);
        if (number.matches() && UNITS.contains(number.group(4) == null ? "" : number.group(4).toLowerCase(Locale.ROOT))) {
            return NUMBER;
        }
        return STRING;
    }
}
