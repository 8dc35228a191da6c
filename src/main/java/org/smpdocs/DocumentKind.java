package org.smpdocs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The documents an SMP clinic issues, each with its template and whether it needs a session. */
public enum DocumentKind {
    CONSENT("consent", false),
    DISCLOSURE("disclosure", false),
    AFTERCARE("aftercare", true),
    REPORT("report", true),
    /** Consent, disclosure and aftercare sheet as one document for printing. */
    PACKET("packet", true);

    /** The parts of a packet, in order. */
    public static final List<DocumentKind> PACKET_PARTS = List.of(CONSENT, DISCLOSURE, AFTERCARE);

    private final String id;
    private final boolean perSession;

    DocumentKind(String id, boolean perSession) {
        this.id = id;
        this.perSession = perSession;
    }

    /** The short name used on the command line, in file names and as the template name. */
    public String id() {
        return id;
    }

    /** Whether the document belongs to one session (aftercare, report) rather than the case. */
    public boolean perSession() {
        return perSession;
    }

    /**
     * Whether the people in the room sign it ({@link SmpDocs#sign}): the consent and the drawback
     * disclosure. A packet is printed to sign on paper; its parts are signed each on its own.
     */
    public boolean signed() {
        return this == CONSENT || this == DISCLOSURE;
    }

    /** The kind for a short name, e.g. "aftercare". */
    public static DocumentKind of(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document kind '" + id
                        + "'; expected one of " + Arrays.stream(values()).map(DocumentKind::id)
                                .collect(Collectors.joining(", "))));
    }
}
