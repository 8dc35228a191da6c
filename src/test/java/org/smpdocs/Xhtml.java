package org.smpdocs;

import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.model.PatientCase;

/**
 * The XHTML document an engine's renderers read, provenance stamped, for tests of the renderers:
 * the facade keeps it to itself (its public {@link SmpDocs#xhtml} gives the markup as text).
 */
public final class Xhtml {
    private Xhtml() {
    }

    public static XhtmlDocument of(SmpDocs engine, DocumentKind kind, PatientCase c, int session) {
        return engine.document(kind, c, session);
    }
}
