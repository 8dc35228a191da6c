package org.smpdocs.internal.template;

import java.time.LocalDate;
import org.smpdocs.Provenance;

/**
 * What a template knows about the document it writes: kind id ("consent"), the language, the
 * issue date, the content version its clinical wording comes from, the paper size for the
 * print stylesheet ("A4" or "Letter") and the document's provenance.
 */
public record DocumentInfo(String kind, String language, LocalDate issued, String contentVersion,
        String paper, Provenance provenance) {
}
