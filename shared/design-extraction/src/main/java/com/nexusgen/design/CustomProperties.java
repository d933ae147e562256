package com.nexusgen.design;

import com.helger.css.ECSSVersion;
import com.helger.css.ICSSWriterSettings;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSExpression;
import com.helger.css.decl.CSSExpressionMemberFunction;
import com.helger.css.decl.CSSExpressionMemberMath;
import com.helger.css.decl.CSSExpressionMemberMathProduct;
import com.helger.css.decl.CSSExpressionMemberMathUnitProduct;
import com.helger.css.decl.CSSExpressionMemberMathUnitSimple;
import com.helger.css.decl.CSSExpressionMemberTermSimple;
import com.helger.css.decl.CSSExpressionMemberTermURI;
import com.helger.css.decl.ECSSExpressionOperator;
import com.helger.css.decl.ECSSMathOperator;
import com.helger.css.decl.ICSSExpressionMathMember;
import com.helger.css.decl.ICSSExpressionMember;
import com.helger.css.writer.CSSWriterSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A mockup's custom properties, and the resolution of {@code var()} against them.
 * Usage is counted where a property is referenced, so a token declared in {@code :root} and never used counts nothing.
 */
final class CustomProperties {

    /** A var() chain longer than this is a cycle or a joke; browsers treat cycles as invalid too. */
    private static final int MAX_DEPTH = 12;

    private static final ICSSWriterSettings WRITER = new CSSWriterSettings(ECSSVersion.CSS30, true);

    private static final Set<String> ROOT_SELECTORS = Set.of(":root", "html", "*", ":host", "body");

    private final Map<String, CSSExpression> definitions;

    private CustomProperties(Map<String, CSSExpression> definitions) {
        this.definitions = definitions;
    }

    /**
     * The properties declared in the rules. Declarations on {@code :root} (and html, body, *) win;
     * a property declared only on some other selector (a theme class) is still resolvable.
     */
    static CustomProperties declaredIn(List<StyleRule> rules) {
        Map<String, CSSExpression> root = new LinkedHashMap<>();
        Map<String, CSSExpression> elsewhere = new LinkedHashMap<>();
        for (StyleRule rule : rules) {
            boolean isRoot = rule.selectors().stream().anyMatch(s -> ROOT_SELECTORS.contains(s.trim().toLowerCase()));
            for (CSSDeclaration declaration : rule.declarations()) {
                String property = declaration.getProperty();
                if (property != null && property.startsWith("--") && declaration.getExpression() != null) {
                    if (isRoot) {
                        root.put(property, declaration.getExpression());
                    } else {
                        elsewhere.putIfAbsent(property, declaration.getExpression());
                    }
                }
            }
        }
        Map<String, CSSExpression> all = new LinkedHashMap<>(elsewhere);
        all.putAll(root);
        return new CustomProperties(all);
    }

    /** Adds properties declared in style attributes, where nothing in the stylesheets declared them. */
    void declareIfAbsent(String name, CSSExpression expression) {
        if (name != null && expression != null) {
            definitions.putIfAbsent(name, expression);
        }
    }

    Set<String> names() {
        return definitions.keySet();
    }

    /** The declared value with its own var() references resolved; empty when the property is not declared. */
    Resolved definitionOf(String name) {
        CSSExpression expression = definitions.get(name);
        if (expression == null) {
            return new Resolved(List.of(), List.of());
        }
        return resolve(expression);
    }

    /** A declaration's value with every var() replaced by what it points to (or by its fallback). */
    Resolved resolve(CSSExpression expression) {
        List<ValueTerm> terms = new ArrayList<>();
        List<String> references = new ArrayList<>();
        if (expression != null) {
            appendMembers(expression.getAllMembers(), 0, new ArrayList<>(), terms, references);
        }
        return new Resolved(terms, references);
    }

    /**
     * A resolved value.
     *
     * @param terms      its terms, var() replaced
     * @param references every custom property referenced on the way, outermost first, repeated as often as used
     */
    record Resolved(List<ValueTerm> terms, List<String> references) {

        String text() {
            StringBuilder sb = new StringBuilder();
            for (ValueTerm term : terms) {
                if (term.kind() == ValueTerm.Kind.OPERATOR) {
                    sb.append(term.text()).append(term.text().equals(",") ? " " : "");
                    continue;
                }
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '/') {
                    sb.append(' ');
                }
                sb.append(term.text());
            }
            return sb.toString().trim();
        }
    }

    private void appendMembers(List<ICSSExpressionMember> members, int depth, List<String> chain,
                               List<ValueTerm> out, List<String> references) {
        for (ICSSExpressionMember member : members) {
            switch (member) {
                case ECSSExpressionOperator op -> out.add(new ValueTerm(op.getName(), ValueTerm.Kind.OPERATOR));
                case CSSExpressionMemberTermSimple simple -> out.add(new ValueTerm(simple.getValue(),
                        simple.isStringLiteral() ? ValueTerm.Kind.STRING : ValueTerm.Kind.WORD));
                case CSSExpressionMemberFunction function -> appendFunction(function, depth, chain, out, references);
                case CSSExpressionMemberMath math -> {
                    OptionalDouble px = evaluate(math, depth, chain, references);
                    out.add(px.isPresent()
                            ? new ValueTerm(formatPx(px.getAsDouble()), ValueTerm.Kind.WORD)
                            : new ValueTerm(math.getAsCSSString(WRITER, 0), ValueTerm.Kind.FUNCTION));
                }
                case CSSExpressionMemberTermURI ignored -> {
                    // images are not design tokens
                }
                default -> out.add(new ValueTerm(member.getAsCSSString(WRITER, 0), ValueTerm.Kind.WORD));
            }
        }
    }

    private void appendFunction(CSSExpressionMemberFunction function, int depth, List<String> chain,
                                List<ValueTerm> out, List<String> references) {
        String name = function.getFunctionName() == null ? "" : function.getFunctionName();
        List<ICSSExpressionMember> args = function.getExpression() == null
                ? List.of() : function.getExpression().getAllMembers();
        if (name.equalsIgnoreCase("var")) {
            appendVar(args, depth, chain, out, references);
            return;
        }
        // rgb(var(--r), 0, 0) and friends: resolve the arguments, keep the function as one term
        List<ValueTerm> inner = new ArrayList<>();
        appendMembers(args, depth, chain, inner, references);
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < inner.size(); i++) {
            ValueTerm term = inner.get(i);
            if (i > 0 && term.kind() != ValueTerm.Kind.OPERATOR && inner.get(i - 1).kind() != ValueTerm.Kind.OPERATOR) {
                text.append(' ');
            }
            text.append(term.text());
        }
        text.append(')');
        out.add(new ValueTerm(text.toString(), ValueTerm.Kind.FUNCTION));
    }

    private void appendVar(List<ICSSExpressionMember> args, int depth, List<String> chain,
                           List<ValueTerm> out, List<String> references) {
        if (args.isEmpty() || !(args.getFirst() instanceof CSSExpressionMemberTermSimple first)) {
            return;
        }
        String name = first.getValue();
        List<ICSSExpressionMember> fallback = List.of();
        if (args.size() > 2 && args.get(1) == ECSSExpressionOperator.COMMA) {
            fallback = args.subList(2, args.size());
        }
        CSSExpression definition = definitions.get(name);
        boolean resolvable = definition != null && depth < MAX_DEPTH && !chain.contains(name);
        if (resolvable) {
            references.add(name);
            chain.add(name);
            appendMembers(definition.getAllMembers(), depth + 1, chain, out, references);
            chain.removeLast();
        } else if (!fallback.isEmpty() && depth < MAX_DEPTH) {
            appendMembers(fallback, depth + 1, chain, out, references);
        }
    }

    // --- calc() -------------------------------------------------------------------------------------------------

    /** A calc() operand: a length in px, or a plain number. */
    private record Quantity(double value, boolean length) {
    }

    private OptionalDouble evaluate(CSSExpressionMemberMath math, int depth, List<String> chain, List<String> references) {
        Quantity q = sum(math.getAllMembers(), depth, chain, references);
        return q != null && q.length() && Double.isFinite(q.value()) ? OptionalDouble.of(q.value()) : OptionalDouble.empty();
    }

    private Quantity sum(List<ICSSExpressionMathMember> members, int depth, List<String> chain, List<String> references) {
        Quantity total = null;
        ECSSMathOperator pending = ECSSMathOperator.PLUS;
        for (ICSSExpressionMathMember member : members) {
            if (member instanceof ECSSMathOperator op) {
                if (op == ECSSMathOperator.MULTIPLY || op == ECSSMathOperator.DIVIDE) {
                    return product(members, depth, chain, references);
                }
                pending = op;
                continue;
            }
            Quantity operand = operand(member, depth, chain, references);
            if (operand == null) {
                return null;
            }
            if (total == null) {
                total = pending == ECSSMathOperator.MINUS ? new Quantity(-operand.value(), operand.length()) : operand;
            } else {
                if (total.length() != operand.length()) {
                    return null;
                }
                double value = pending == ECSSMathOperator.MINUS ? total.value() - operand.value() : total.value() + operand.value();
                total = new Quantity(value, total.length());
            }
        }
        return total;
    }

    private Quantity product(List<ICSSExpressionMathMember> members, int depth, List<String> chain, List<String> references) {
        Quantity total = null;
        ECSSMathOperator pending = ECSSMathOperator.MULTIPLY;
        for (ICSSExpressionMathMember member : members) {
            if (member instanceof ECSSMathOperator op) {
                if (op == ECSSMathOperator.PLUS || op == ECSSMathOperator.MINUS) {
                    return null;
                }
                pending = op;
                continue;
            }
            Quantity operand = operand(member, depth, chain, references);
            if (operand == null) {
                return null;
            }
            if (total == null) {
                total = operand;
            } else if (pending == ECSSMathOperator.MULTIPLY) {
                if (total.length() && operand.length()) {
                    return null;
                }
                total = new Quantity(total.value() * operand.value(), total.length() || operand.length());
            } else {
                if (operand.length() || operand.value() == 0) {
                    return null;
                }
                total = new Quantity(total.value() / operand.value(), total.length());
            }
        }
        return total;
    }

    private Quantity operand(ICSSExpressionMathMember member, int depth, List<String> chain, List<String> references) {
        return switch (member) {
            case CSSExpressionMemberMathProduct p -> sum(p.getAllMembers(), depth, chain, references);
            case CSSExpressionMemberMathUnitProduct up -> sum(up.getProduct().getAllMembers(), depth, chain, references);
            case CSSExpressionMemberMathUnitSimple unit -> quantityOf(unit.getText());
            case CSSExpressionMemberFunction f when "var".equalsIgnoreCase(f.getFunctionName()) -> {
                List<ValueTerm> resolved = new ArrayList<>();
                appendVar(f.getExpression() == null ? List.of() : f.getExpression().getAllMembers(),
                        depth, chain, resolved, references);
                yield resolved.size() == 1 ? quantityOf(resolved.getFirst().text()) : null;
            }
            default -> null;
        };
    }

    private static Quantity quantityOf(String text) {
        OptionalDouble number = CssLength.toNumber(text);
        if (number.isPresent()) {
            return new Quantity(number.getAsDouble(), false);
        }
        OptionalDouble px = CssLength.toPx(text);
        return px.isPresent() ? new Quantity(px.getAsDouble(), true) : null;
    }

    static String formatPx(double px) {
        double rounded = Math.round(px * 100) / 100.0;
        return rounded == Math.rint(rounded) ? (long) rounded + "px" : rounded + "px";
    }
}
