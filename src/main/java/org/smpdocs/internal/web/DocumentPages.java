package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.smpdocs.DocumentKind;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.Role;

/**
 * A case's documents: the page with each document the case can have (a preview, "Print" and
 * "Download DOCX" for those who edit cases), the history of what was issued and the aftercare
 * e-mail of each session; the preview (the PDF inline, not recorded), the print (recorded in the
 * records archive as issued, exactly as {@code render --archive} records it, then the PDF inline),
 * the DOCX (recorded the same way) and an issued record opened again. File names are the case id
 * and the kind only.
 */
final class DocumentPages implements WebModule {
    static final String PDF_TYPE = "application/pdf";
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final FrontDesk desk;
    private final DocumentsPage page;
    private final PreviewCache previews = new PreviewCache();

    DocumentPages(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.page = new DocumentsPage(desk, pages, zone);
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/cases/{caseId}/documents", this::documents, Allowed.caseReaders());
        routes.get("/cases/{caseId}/documents/{kind}/preview", this::preview, Allowed.caseReaders());
        routes.post("/cases/{caseId}/documents/{kind}/print", this::print, Allowed.caseEditors());
        routes.post("/cases/{caseId}/documents/{kind}/docx", this::docx, Allowed.caseEditors());
        routes.get("/cases/{caseId}/records/{recordId}", this::record, Allowed.caseReaders());
    }

    private void documents(Context ctx) {
        String caseId = ctx.pathParam("caseId");
        page.show(ctx, caseId, HttpStatus.OK, Map.of());
        desk.accessLog().record(Requests.staff(ctx), AccessAction.VIEWED, caseId);
    }

    private void preview(Context ctx) {
        String caseId = ctx.pathParam("caseId");
        SmpDocs engine = desk.engine();
        PreviewCache.Key key = desk.cases().latest(caseId).map(stored -> new PreviewCache.Key(caseId,
                stored.version().version(), ctx.pathParam("kind"), ctx.queryParam("session"), engine,
                LocalDate.now(desk.clock()))).orElse(null);
        PreviewCache.Preview preview = key == null ? null : previews.get(key).orElse(null);
        if (preview == null) {
            CaseDocuments c = CaseDocuments.of(ctx, desk);
            DocumentKind kind = CaseDocuments.kind(ctx);
            RenderedDocument doc = render(engine, c, kind, c.session(ctx, kind), OutputFormat.PDF);
            preview = new PreviewCache.Preview(PreviewStamp.stamp(doc.bytes(OutputFormat.PDF)),
                    "preview-" + doc.fileName(OutputFormat.PDF));
            if (key != null && key.version() == c.version()) {
                previews.put(key, preview);
            }
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.PREVIEWED, caseId);
        send(ctx, preview.pdf(), PDF_TYPE, "inline", preview.fileName());
    }

    private void print(Context ctx) {
        issue(ctx, OutputFormat.PDF, AccessAction.PRINTED, "inline");
    }

    private void docx(Context ctx) {
        issue(ctx, OutputFormat.DOCX, AccessAction.DOWNLOADED, "attachment");
    }

    /**
     * Renders the document, records it in the archive with the case snapshot it was rendered from
     * (as {@code render --archive} does), notes the case version as issued for a document the
     * patient signs or takes home before the treatment (consent, disclosure, packet), logs the access
     * and sends the bytes recorded.
     */
    private void issue(Context ctx, OutputFormat format, AccessAction action, String disposition) {
        CaseDocuments c = CaseDocuments.of(ctx, desk);
        DocumentKind kind = CaseDocuments.kind(ctx);
        RenderedDocument doc = render(c, kind, c.session(ctx, kind), format);
        List<AuditEntry> recorded = desk.archive().record(doc, CaseSnapshot.json(c.patientCase()));
        if (recorded.isEmpty()) {
            throw new IllegalStateException("the archive recorded nothing");
        }
        if (kind == DocumentKind.CONSENT || kind == DocumentKind.DISCLOSURE || kind == DocumentKind.PACKET) {
            desk.cases().markIssued(c.caseId(), c.version());
        }
        desk.accessLog().record(Requests.staff(ctx), action, c.caseId());
        send(ctx, doc.bytes(format), format == OutputFormat.PDF ? PDF_TYPE : DOCX_TYPE, disposition, doc.fileName(format));
    }

    private void record(Context ctx) {
        String caseId = ctx.pathParam("caseId");
        String id = ctx.pathParam("recordId");
        AuditEntry entry = (id.matches("[1-9][0-9]{0,8}") ? desk.archive().entry(id) : Optional.<AuditEntry>empty())
                .filter(e -> e.document().caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundResponse("This case has no such issued record."));
        boolean pdf = entry.document().format() == OutputFormat.PDF;
        byte[] bytes = desk.archive().document(entry);
        desk.accessLog().record(Requests.staff(ctx), pdf ? AccessAction.VIEWED : AccessAction.DOWNLOADED, caseId);
        send(ctx, bytes, pdf ? PDF_TYPE : DOCX_TYPE, pdf ? "inline" : "attachment", recordFileName(entry));
    }

    /** {@code <case id>-<kind>[-s<n>]-record<sequence>[-signed].<ext>}: ids only. */
    static String recordFileName(AuditEntry entry) {
        var d = entry.document();
        return d.caseId() + "-" + d.kind().id() + (d.session() > 0 ? "-s" + d.session() : "") + "-record"
                + entry.sequence() + (d.isSigned() ? "-signed" : "") + "." + d.format().extension();
    }

    private RenderedDocument render(CaseDocuments c, DocumentKind kind, int session, OutputFormat format) {
        return render(desk.engine(), c, kind, session, format);
    }

    private static RenderedDocument render(SmpDocs engine, CaseDocuments c, DocumentKind kind, int session,
            OutputFormat format) {
        try {
            return c.render(engine, kind, session, format);
        } catch (InvalidInputException e) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), "This document cannot be made "
                    + "from the case as it is: " + String.join("; ", CaseDocuments.problems(e)) + ".");
        }
    }

    private static void send(Context ctx, byte[] bytes, String type, String disposition, String fileName) {
        ctx.header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
        ctx.contentType(type).result(bytes);
    }

    /** Whether the role may print and download on the documents page: the roles the print route declares. */
    static boolean mayIssue(Role role) {
        return Allowed.lets(Allowed.caseEditors(), role);
    }
}
