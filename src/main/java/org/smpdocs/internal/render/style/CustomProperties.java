package org.smpdocs.internal.render.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Resolves a stylesheet's custom properties, strictly, because the PDF renderer (openhtmltopdf)
 * knows no {@code var()}: the properties are declared in top-level {@code :root} rules, and
 * nowhere else; each {@code var(--name)} is replaced by the value of the property, declared in
 * this stylesheet or, where it declares none, in the base (the built-in stylesheet); the
 * {@code :root} rules themselves are left out of the result. A value may use the properties
 * declared above it. A property declared twice, a {@code var()} of a property that none declares,
 * a {@code var()} with a fallback or without a name, and a custom property declared outside
 * {@code :root} are template errors naming the stylesheet and line. Comments and strings are
 * kept as they are, and a {@code var(} inside one is text. Not thread-safe: one per reading.
 */
final class CustomProperties {
    private static final Pattern NAME = Pattern.compile("--[A-Za-z0-9_-]+");
    private static final Pattern VAR = Pattern.compile("(?<![\\w-])var\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARED = Pattern.compile("(?<![\\w-])(--[A-Za-z0-9_-]+)\\s*:");
    private final String source;
    private final String text;
    /** The text with comments blanked out (line breaks kept): where values are read from. */
    private final String code;
    /** The code with the insides of strings blanked out too: where the structure is read from. */
    private final String structure;
    private final int[] lineStarts;
    private final Map<String, Declaration> base;
    private final Map<String, Declaration> declared = new LinkedHashMap<>();
    /** The {@code :root} rules, as [start, end) pairs. */
    private final List<int[]> roots = new ArrayList<>();

    /**
     * @param source the stylesheet's name, for messages
     * @param base the properties that this stylesheet may use without declaring them
     */
    CustomProperties(String source, String text, Map<String, Declaration> base) {
        this.source = source;
        this.text = text;
        this.base = base;
        char[] code = text.toCharArray();
        char[] structure = text.toCharArray();
        mask(code, structure);
        this.code = new String(code);
        this.structure = new String(structure);
        this.lineStarts = lineStarts(text);
        findRoots();
    }

    /** The properties this stylesheet declares, in order, their values resolved. */
    Map<String, Declaration> declared() {
        return Collections.unmodifiableMap(declared);
    }

    /** The stylesheet without its {@code :root} rules, every {@code var()} replaced by its value. */
    String resolved() {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int[] root : roots) {
            out.append(substitute(text, from, root[0], null));
            from = root[1];
        }
        out.append(substitute(text, from, text.length(), null));
        return out.toString();
    }

    /** Blanks comments in both copies, and the insides of strings in the structure. */
    private static void mask(char[] code, char[] structure) {
        int i = 0;
        while (i < code.length) {
            char c = code[i];
            if (c == '/' && i + 1 < code.length && code[i + 1] == '*') {
                int end = i + 2;
                while (end < code.length && !(code[end - 1] == '*' && code[end] == '/' && end - 1 > i + 1)) {
                    end++;
                }
                end = Math.min(end + 1, code.length);
                for (int j = i; j < end; j++) {
                    if (code[j] != '\n') {
                        code[j] = ' ';
                        structure[j] = ' ';
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length && code[j] != c && code[j] != '\n') {
                    if (code[j] == '\\' && j + 1 < code.length) {
                        structure[j++] = ' ';
                    }
                    structure[j++] = ' ';
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private int line(int position) {
        int found = Arrays.binarySearch(lineStarts, position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private SmpDocsException error(int position, String message) {
        return new SmpDocsException(ErrorCode.TEMPLATE, "stylesheet " + source + " line " + line(position) + ": " + message);
    }

    /** Finds the top-level {@code :root} rules and reads their declarations. */
    private void findRoots() {
        int depth = 0;
        int segment = 0;
        for (int i = 0; i < structure.length(); i++) {
            char c = structure.charAt(i);
            String prelude = c == '{' && depth == 0 ? structure.substring(segment, i) : "";
            if (prelude.strip().equalsIgnoreCase(":root")) {
                int start = segment + prelude.length() - prelude.stripLeading().length();
                int close = structure.indexOf('}', i);
                if (close < 0) {
                    throw error(start, ":root { is never closed");
                }
                int nested = structure.indexOf('{', i + 1);
                if (nested >= 0 && nested < close) {
                    throw error(nested, ":root holds declarations (--name: value;) only, no rules");
                }
                declarations(i + 1, close);
                roots.add(new int[] {start, close + 1});
                i = close;
                segment = close + 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                segment = depth == 0 ? i + 1 : segment;
            } else if (c == ';' && depth == 0) {
                segment = i + 1;
            }
        }
    }

    /** The declarations of a {@code :root} rule's body, {@code [from, to)}. */
    private void declarations(int from, int to) {
        int start = from;
        int parens = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? structure.charAt(i) : ';';
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ';' && parens <= 0) {
                declaration(start, i);
                start = i + 1;
                parens = 0;
            }
        }
    }

    private void declaration(int from, int to) {
        if (structure.substring(from, to).isBlank()) {
            return;
        }
        int colon = structure.indexOf(':', from);
        String written = code.substring(from, to);
        int at = from + written.length() - written.stripLeading().length();
        if (colon < 0 || colon >= to) {
            throw error(at, ":root holds declarations written --name: value; this is \"" + written.strip() + "\"");
        }
        String name = code.substring(from, colon).strip();
        if (!NAME.matcher(name).matches()) {
            throw error(at, name.startsWith("--") ? "\"" + name + "\" is not a property name: use letters, digits, - and _"
                    : ":root declares custom properties only (--name: value); give " + name + " a rule of its own");
        }
        Declaration first = declared.get(name);
        if (first != null) {
            throw error(at, name + " is declared twice in :root (first on line " + first.line() + ")");
        }
        String value = substitute(code, colon + 1, to, declared).strip();
        if (value.isEmpty()) {
            throw error(at, name + " has no value");
        }
        declared.put(name, new Declaration(name, value, source, line(at)));
    }

    /**
     * {@code from[start, end)} with each {@code var()} outside comments and strings replaced;
     * outside {@code :root} ({@code visible} null) it also refuses custom properties declared there.
     *
     * @param visible the properties a value may use (those declared above it), or null for all
     */
    private String substitute(String from, int start, int end, Map<String, Declaration> visible) {
        if (visible == null) {
            Matcher declaredHere = DECLARED.matcher(structure).region(start, end);
            if (declaredHere.find()) {
                throw error(declaredHere.start(), "custom property " + declaredHere.group(1)
                        + " is declared outside :root; declare it in the :root rule");
            }
        }
        StringBuilder out = new StringBuilder(end - start);
        Matcher var = VAR.matcher(structure).region(start, end);
        int copied = start;
        while (var.find()) {
            int open = var.end() - 1;
            int close = closing(open, end);
            String inner = code.substring(open + 1, close).strip();
            if (!NAME.matcher(inner).matches()) {
                throw error(var.start(), inner.contains(",") ? "var(" + inner + ") has a fallback; write var(--name) and"
                        + " declare --name in :root" : "var(" + inner + ") does not name a property; write var(--name)");
            }
            Declaration d = visible == null ? declared.get(inner) : visible.get(inner);
            d = d == null ? base.get(inner) : d;
            if (d == null) {
                throw error(var.start(), "var(" + inner + ") names no property " + (visible == null ? "of :root"
                        : "declared above it in :root") + "; the properties are " + String.join(", ", known()));
            }
            out.append(from, copied, var.start()).append(d.value());
            copied = close + 1;
            var.region(copied, end);
        }
        return out.append(from, copied, end).toString();
    }

    /** The closing parenthesis of a {@code var(}, before the end of its declaration. */
    private int closing(int open, int end) {
        for (int i = open + 1; i < end; i++) {
            char c = structure.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(' || c == ';' || c == '{' || c == '}') {
                break;
            }
        }
        throw error(open, "var( is not closed: write var(--name)");
    }

    private TreeSet<String> known() {
        TreeSet<String> names = new TreeSet<>(base.keySet());
        names.addAll(declared.keySet());
        return names;
    }
}
