package org.smpdocs.internal.cli;

import java.util.EnumSet;
import java.util.Set;
import org.smpdocs.DocumentKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The documents asked for with {@code --kind}: one kind, or all four. */
record KindSelection(Set<DocumentKind> kinds, boolean all) {

    /** Reads "consent", "disclosure", "aftercare", "report", "packet" or "all" (the four documents). */
    static final class Converter implements ITypeConverter<KindSelection> {
        @Override
        public KindSelection convert(String value) {
            if (value.equalsIgnoreCase("all")) {
                return new KindSelection(EnumSet.range(DocumentKind.CONSENT, DocumentKind.REPORT), true);
            }
            try {
                return new KindSelection(EnumSet.of(DocumentKind.of(value)), false);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected consent, disclosure, aftercare, report, packet or all");
            }
        }
    }
}
