package org.suaka.reporting.internal.plugin;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plugin template's expression may contain. A JasperReports expression is Java source compiled
 * into the report, so an unchecked one could read files, open connections or run any code. A plugin's
 * expression may only combine its parameters, fields, variables and labels with literals, operators,
 * conditionals, the built-in {@code msg} and {@code str} functions, and a short list of methods of
 * strings and numbers. Everything else (class names other than a few value types, {@code new},
 * assignments, blocks, lambdas, comments, {@code $X{}} clauses, the engine's internal parameters such as
 * {@code REPORT_CONNECTION}) is refused. Unicode escapes are decoded first, as the Java compiler does, so
 * that none can hide a quote.
 */
final class ExpressionRules {

    private static final Set<String> METHODS = Set.of("format", "valueOf", "toString", "equals", "equalsIgnoreCase",
            "isEmpty", "isBlank", "length", "toUpperCase", "toLowerCase", "trim", "strip", "substring", "replace",
            "contains", "startsWith", "endsWith", "intValue", "longValue", "doubleValue", "compareTo", "concat",
            "charAt", "indexOf", "abs", "max", "min", "round");
    private static final Set<String> NAMES = Set.of("true", "false", "null", "msg", "str", "String", "Integer",
            "Long", "Double", "Boolean", "Math");
    private static final Set<String> ENGINE_PARAMETERS_ALLOWED = Set.of("REPORT_LOCALE", "REPORT_TIME_ZONE");
    private static final Pattern REFERENCE = Pattern.compile("\\$([PFVR])\\{([^}]*)}");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+([0-9a-fA-F]{4})");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9a-fA-FxXlL_]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?[dDfF]?");
    private static final String OPERATORS = "+-*/%<>=!&|?:(),";

    private ExpressionRules() {
    }

    /**
     * @param expression a template expression's text
     * @return why it is refused, or empty when it is allowed
     */
    static Optional<String> check(String expression) {
        String source = decodeUnicodeEscapes(expression);
        int i = 0;
        boolean afterDot = false;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '$') {
                Matcher reference = REFERENCE.matcher(source).region(i, source.length());
                if (!reference.lookingAt()) {
                    return Optional.of("only $P{}, $F{}, $V{} and $R{} references are allowed");
                }
                String name = reference.group(2);
                if ("P".equals(reference.group(1)) && isEngineParameter(name) && !ENGINE_PARAMETERS_ALLOWED.contains(name)) {
                    return Optional.of("the engine's parameter " + name + " is not available to plugin templates");
                }
                i = reference.end();
                afterDot = false;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                if (end < 0) {
                    return Optional.of("a string literal is not closed");
                }
                i = end;
                afterDot = false;
                continue;
            }
            if (c == '/' && i + 1 < source.length() && (source.charAt(i + 1) == '/' || source.charAt(i + 1) == '*')) {
                return Optional.of("comments are not allowed");
            }
            if (c == '.') {
                if (afterDot) {
                    return Optional.of("'..' is not allowed");
                }
                afterDot = true;
                i++;
                continue;
            }
            Matcher number = NUMBER.matcher(source).region(i, source.length());
            if (!afterDot && number.lookingAt()) {
                i = number.end();
                continue;
            }
            Matcher identifier = IDENTIFIER.matcher(source).region(i, source.length());
            if (identifier.lookingAt()) {
                String word = identifier.group();
                if (afterDot ? !METHODS.contains(word) : !NAMES.contains(word)) {
                    return Optional.of("'" + word + "' is not allowed: a plugin template may call only "
                            + (afterDot ? "these methods: " + new java.util.TreeSet<>(METHODS)
                                    : "msg, str and methods of String, Integer, Long, Double, Boolean and Math"));
                }
                afterDot = false;
                i = identifier.end();
                continue;
            }
            if (afterDot || OPERATORS.indexOf(c) < 0 || isAssignment(source, i)) {
                return Optional.of("'" + c + "' is not allowed in a plugin template's expression");
            }
            i++;
        }
        return afterDot ? Optional.of("an expression may not end with '.'") : Optional.empty();
    }

    /**
     * @param expression an image element's expression
     * @return whether it is a single parameter reference: an image comes from the engine (the office's
     *     logo), never from a path or an address, which the engine would read
     */
    static boolean isParameterOnly(String expression) {
        return expression.strip().matches("\\$P\\{[A-Za-z0-9_]+}");
    }

    private static boolean isEngineParameter(String name) {
        return name.startsWith("REPORT_") || name.startsWith("JASPER_") || name.startsWith("IS_")
                || name.startsWith("FILTER") || name.startsWith("SORT_");
    }

    private static boolean isAssignment(String source, int i) {
        if (source.charAt(i) != '=') {
            return false;
        }
        char before = i > 0 ? source.charAt(i - 1) : ' ';
        char after = i + 1 < source.length() ? source.charAt(i + 1) : ' ';
        return after != '=' && "=!<>".indexOf(before) < 0;
    }

    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static String decodeUnicodeEscapes(String text) {
        return UNICODE_ESCAPE.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
}
