package org.smpdocs.internal.render.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smpdocs.internal.template.TemplateEngine;

/**
 * A template set's print stylesheet, read once when the engine is built: the stylesheet the PDF
 * is laid out with ({@link #css()}, its {@code var()}s resolved: {@link CustomProperties}) and
 * the {@link Style} its {@code :root} custom properties state, which the Word document and the
 * e-mail take. A clinic's stylesheet may declare only the properties it changes, or none: the
 * others keep the built-in stylesheet's values, in every format. An unknown property in a
 * {@code var()} or a value of the wrong kind is a template error at build time, naming the
 * stylesheet, the line and the property. Immutable and thread-safe.
 *
 * <pre>{@code
 * StyleSheet sheet = StyleSheet.read("print.css", text);
 * new PdfRenderer(sheet.css(), resources, paper);
 * new DocxRenderer(resources, paper, sheet.style());
 * }</pre>
 */
public final class StyleSheet {
    /** The built-in template set's stylesheet on the class path. */
    private static final String BUILT_IN = TemplateEngine.BUILT_IN + "/print.css";
    private final String css;
    private final Map<String, Declaration> properties;
    private final Style style;

    private StyleSheet(String css, Map<String, Declaration> properties, Style style) {
        this.css = css;
        this.properties = properties;
        this.style = style;
    }

    /**
     * Reads a stylesheet of a template set; the properties it does not declare are the built-in
     * stylesheet's.
     *
     * @param name the file's name, for messages ("print.css")
     * @throws org.smpdocs.SmpDocsException with {@link org.smpdocs.ErrorCode#TEMPLATE} naming the
     *         line and property of a {@code var()} or a value that cannot be used
     */
    public static StyleSheet read(String name, String text) {
        return read(name, text, builtIn().properties);
    }

    /** The built-in template set's stylesheet, which declares every property. */
    public static StyleSheet builtIn() {
        return BuiltIn.SHEET;
    }

    private static StyleSheet read(String name, String text, Map<String, Declaration> base) {
        CustomProperties custom = new CustomProperties(name, text, base);
        Map<String, Declaration> properties = new LinkedHashMap<>(base);
        properties.putAll(custom.declared());
        Style style = Style.read(new PropertyValues(name, properties));
        return new StyleSheet(custom.resolved(), Map.copyOf(properties), style);
    }

    /** The stylesheet as the PDF renderer reads it: no {@code :root}, every {@code var()} replaced. */
    public String css() {
        return css;
    }

    /** The style every format follows. */
    public Style style() {
        return style;
    }

    /** Loaded on first use, once. */
    private static final class BuiltIn {
        static final StyleSheet SHEET = load();

        private static StyleSheet load() {
            try (InputStream in = StyleSheet.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in stylesheet " + BUILT_IN + " is missing");
                }
                return read("print.css", new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
