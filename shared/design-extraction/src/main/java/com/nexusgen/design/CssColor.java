package com.nexusgen.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A colour read from one CSS term, normalized so that {@code #FFF}, {@code white}, {@code rgb(255 255 255)} and
 * {@code hsl(0 0% 100%)} count as one colour.
 */
record CssColor(int red, int green, int blue, double alpha) {

    /** The colour of a term; empty for keywords that are not colours (transparent, inherit, currentColor, none). */
    static Optional<CssColor> parse(String term) {
        if (term == null) {
            return Optional.empty();
        }
        String text = term.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 200) {
            return Optional.empty();
        }
        try {
            if (text.charAt(0) == '#') {
                return hex(text.substring(1));
            }
            int paren = text.indexOf('(');
            if (paren > 0 && text.endsWith(")")) {
                String function = text.substring(0, paren);
                List<String> args = arguments(text.substring(paren + 1, text.length() - 1));
                return switch (function) {
                    case "rgb", "rgba" -> rgb(args);
                    case "hsl", "hsla" -> hsl(args);
                    default -> Optional.empty();
                };
            }
            String named = NamedColors.hexOf(text);
            return named == null ? Optional.empty() : hex(named.substring(1));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every colour inside a gradient or other function, e.g. {@code linear-gradient(#fff, rgba(0,0,0,.5))}. */
    static List<CssColor> insideFunction(String term) {
        List<CssColor> colors = new ArrayList<>();
        if (term == null) {
            return colors;
        }
        int paren = term.indexOf('(');
        if (paren < 0 || !term.endsWith(")")) {
            return colors;
        }
        String inner = term.substring(paren + 1, term.length() - 1);
        for (String part : splitTopLevel(inner)) {
            for (String word : wordsTopLevel(part)) {
                parse(word).ifPresent(colors::add);
            }
        }
        return colors;
    }

    /** {@code #rrggbb}, or {@code #rrggbbaa} when translucent. */
    String hex() {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        if (alpha >= 0.999) {
            return rgb;
        }
        return rgb + String.format(Locale.ROOT, "%02x", (int) Math.round(alpha * 255));
    }

    boolean isInvisible() {
        return alpha <= 0.001;
    }

    /** HSL saturation 0..1: near 0 for greys, white and black. */
    double saturation() {
        double max = Math.max(red, Math.max(green, blue)) / 255.0;
        double min = Math.min(red, Math.min(green, blue)) / 255.0;
        double lightness = (max + min) / 2;
        if (max == min) {
            return 0;
        }
        double d = max - min;
        return lightness > 0.5 ? d / (2 - max - min) : d / (max + min);
    }

    /** HSL lightness 0..1. */
    double lightness() {
        double max = Math.max(red, Math.max(green, blue)) / 255.0;
        double min = Math.min(red, Math.min(green, blue)) / 255.0;
        return (max + min) / 2;
    }

    /** A brand colour rather than a grey: saturated, and neither almost white nor almost black. */
    boolean isChromatic() {
        double l = lightness();
        return saturation() >= 0.25 && l > 0.12 && l < 0.92;
    }

    // --- parsing ---------------------------------------------------------------------------------------------------

    private static Optional<CssColor> hex(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return switch (digits.length()) {
            case 3, 4 -> {
                int r = Character.digit(digits.charAt(0), 16) * 17;
                int g = Character.digit(digits.charAt(1), 16) * 17;
                int b = Character.digit(digits.charAt(2), 16) * 17;
                double a = digits.length() == 4 ? Character.digit(digits.charAt(3), 16) * 17 / 255.0 : 1.0;
                yield Optional.of(new CssColor(r, g, b, a));
            }
            case 6, 8 -> {
                int r = Integer.parseInt(digits.substring(0, 2), 16);
                int g = Integer.parseInt(digits.substring(2, 4), 16);
                int b = Integer.parseInt(digits.substring(4, 6), 16);
                double a = digits.length() == 8 ? Integer.parseInt(digits.substring(6, 8), 16) / 255.0 : 1.0;
                yield Optional.of(new CssColor(r, g, b, a));
            }
            default -> Optional.empty();
        };
    }

    private static Optional<CssColor> rgb(List<String> args) {
        if (args.size() < 3 || args.size() > 4) {
            return Optional.empty();
        }
        int r = channel(args.get(0));
        int g = channel(args.get(1));
        int b = channel(args.get(2));
        double a = args.size() == 4 ? alpha(args.get(3)) : 1.0;
        if (r < 0 || g < 0 || b < 0 || Double.isNaN(a)) {
            return Optional.empty();
        }
        return Optional.of(new CssColor(r, g, b, a));
    }

    private static Optional<CssColor> hsl(List<String> args) {
        if (args.size() < 3 || args.size() > 4) {
            return Optional.empty();
        }
        double h = hue(args.get(0));
        double s = percentage(args.get(1));
        double l = percentage(args.get(2));
        double a = args.size() == 4 ? alpha(args.get(3)) : 1.0;
        if (Double.isNaN(h) || Double.isNaN(s) || Double.isNaN(l) || Double.isNaN(a)) {
            return Optional.empty();
        }
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double hp = (((h % 360) + 360) % 360) / 60.0;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double r1;
        double g1;
        double b1;
        if (hp < 1) { r1 = c; g1 = x; b1 = 0; }
        else if (hp < 2) { r1 = x; g1 = c; b1 = 0; }
        else if (hp < 3) { r1 = 0; g1 = c; b1 = x; }
        else if (hp < 4) { r1 = 0; g1 = x; b1 = c; }
        else if (hp < 5) { r1 = x; g1 = 0; b1 = c; }
        else { r1 = c; g1 = 0; b1 = x; }
        double m = l - c / 2;
        return Optional.of(new CssColor(to255(r1 + m), to255(g1 + m), to255(b1 + m), a));
    }

    /** Both syntaxes: {@code 1, 2, 3, .5} and {@code 1 2 3 / 50%}. */
    private static List<String> arguments(String inner) {
        String normalized = inner.replace('/', ',').replace(',', ' ').trim();
        List<String> args = new ArrayList<>();
        for (String part : normalized.split("\\s+")) {
            if (!part.isEmpty()) {
                args.add(part);
            }
        }
        return args;
    }

    private static int channel(String arg) {
        if (arg.endsWith("%")) {
            double p = Double.parseDouble(arg.substring(0, arg.length() - 1));
            return clamp((int) Math.round(p * 2.55));
        }
        if (arg.equals("none")) {
            return 0;
        }
        return clamp((int) Math.round(Double.parseDouble(arg)));
    }

    private static double alpha(String arg) {
        double value = arg.endsWith("%")
                ? Double.parseDouble(arg.substring(0, arg.length() - 1)) / 100.0
                : Double.parseDouble(arg);
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : Double.NaN;
    }

    private static double hue(String arg) {
        if (arg.endsWith("deg")) {
            return Double.parseDouble(arg.substring(0, arg.length() - 3));
        }
        if (arg.endsWith("turn")) {
            return Double.parseDouble(arg.substring(0, arg.length() - 4)) * 360;
        }
        if (arg.endsWith("grad")) {
            return Double.parseDouble(arg.substring(0, arg.length() - 4)) * 0.9;
        }
        if (arg.endsWith("rad")) {
            return Math.toDegrees(Double.parseDouble(arg.substring(0, arg.length() - 3)));
        }
        return Double.parseDouble(arg);
    }

    private static double percentage(String arg) {
        String number = arg.endsWith("%") ? arg.substring(0, arg.length() - 1) : arg;
        double value = Double.parseDouble(number) / 100.0;
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : Double.NaN;
    }

    private static int to255(double unit) {
        return clamp((int) Math.round(unit * 255));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static List<String> wordsTopLevel(String text) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (!current.isEmpty()) {
                    words.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            words.add(current.toString());
        }
        return words;
    }
}
