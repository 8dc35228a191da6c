package org.smpdocs.internal.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.smpdocs.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats {@code render --format} writes: the documents, PDF and DOCX. The e-mail bodies are
 * not among them: the HTML body shows the logo as a part of its message ({@code cid:}), so they go
 * out only inside one ({@code email}).
 */
final class DocumentFormats implements Iterable<String> {
    private static final List<OutputFormat> WRITTEN = List.of(OutputFormat.PDF, OutputFormat.DOCX);

    /** The names {@code --format} takes, for its help. */
    @Override
    public Iterator<String> iterator() {
        return WRITTEN.stream().map(OutputFormat::extension).iterator();
    }

    /** Reads "pdf" or "docx", in any case. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return WRITTEN.stream().filter(f -> f.extension().equals(value.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected pdf or docx (the e-mail bodies go out with "
                            + "the email command) but was '" + Shown.text(value) + "'"));
        }
    }
}
