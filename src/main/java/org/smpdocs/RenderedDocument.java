package org.smpdocs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * One rendered document: what it is, the bytes of each format asked for, the images its HTML
 * e-mail body refers to, and warnings (things a person should look at that did not stop the
 * render). {@code session} is 0 for case-level documents. Immutable; {@link #bytes} returns a copy.
 */
public final class RenderedDocument {
    private final DocumentKind kind;
    private final String caseId;
    private final int session;
    private final Map<OutputFormat, byte[]> outputs;
    private final List<String> warnings;
    private final Provenance provenance;
    private final List<InlineImage> inlineImages;
    /** What every format was rendered from: what signing fills in. */
    private final XhtmlDocument document;

    RenderedDocument(DocumentKind kind, String caseId, int session, Map<OutputFormat, byte[]> outputs,
            List<String> warnings, Provenance provenance, List<InlineImage> inlineImages, XhtmlDocument document) {
        this.document = document;
        this.provenance = provenance;
        this.inlineImages = List.copyOf(inlineImages);
        this.kind = kind;
        this.caseId = caseId;
        this.session = session;
        this.outputs = new EnumMap<>(outputs);
        this.warnings = List.copyOf(warnings);
    }

    XhtmlDocument document() {
        return document;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String caseId() {
        return caseId;
    }

    public int session() {
        return session;
    }

    public Set<OutputFormat> formats() {
        return java.util.Collections.unmodifiableSet(outputs.keySet());
    }

    /** The document's bytes in this format. */
    public byte[] bytes(OutputFormat format) {
        byte[] b = outputs.get(format);
        if (b == null) {
            throw new IllegalArgumentException("not rendered as " + format);
        }
        return b.clone();
    }

    /**
     * The images the {@link OutputFormat#EMAIL_HTML} body shows by {@code cid:} reference (the
     * clinic logo), each to go into the message as an inline part; empty when that format was not
     * rendered or shows none.
     */
    public List<InlineImage> inlineImages() {
        return inlineImages;
    }

    /** Where the document comes from, as its metadata records it. */
    public Provenance provenance() {
        return provenance;
    }

    public List<String> warnings() {
        return warnings;
    }

    /**
     * The file name this document is saved under: case id, kind and, for per-session documents,
     * the session ("C-2026-0142-aftercare-s2.pdf"). Built from ids only, never from names.
     */
    public String fileName(OutputFormat format) {
        return caseId + "-" + kind.id() + (session > 0 ? "-s" + session : "") + "." + format.extension();
    }
}
