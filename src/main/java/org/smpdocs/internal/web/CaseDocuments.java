package org.smpdocs.internal.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.smpdocs.DocumentKind;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.store.StoredCase;
import org.smpdocs.model.PatientCase;

/**
 * The latest version of the case a request names, read with the shared engine, and the document
 * of it a request asks for: its kind (lower case, as in the route) and, for a per-session document,
 * a recorded session number ({@code ?session=N}; none: the latest). Anything that does not name a
 * case, kind or session is "not found", in words that name no patient value.
 */
record CaseDocuments(StoredCase stored, PatientCase patientCase) {

    CaseDocuments {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(patientCase, "patientCase");
    }

    /** The case of {@code ctx.pathParam("caseId")}, its latest version. */
    static CaseDocuments of(Context ctx, FrontDesk desk) {
        String caseId = ctx.pathParam("caseId");
        StoredCase stored = desk.cases().latest(caseId)
                .orElseThrow(() -> new NotFoundResponse("There is no case with this id."));
        try {
            return new CaseDocuments(stored, stored.read(desk.engine()));
        } catch (InvalidInputException e) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), "The clinic's rules no longer "
                    + "accept this version of the case: " + String.join("; ", problems(e)) + ".");
        }
    }

    String caseId() {
        return stored.version().caseId();
    }

    int version() {
        return stored.version().version();
    }

    /** The kind in the path, {@code {kind}}. */
    static DocumentKind kind(Context ctx) {
        String id = ctx.pathParam("kind");
        for (DocumentKind k : DocumentKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new NotFoundResponse("There is no such document kind.");
    }

    /**
     * The session {@code ?session=N} names for {@code kind}: 0 for a case-level document and for a
     * per-session one without it (the latest session). Not found when the case has no such session,
     * or no session at all for a per-session document, or when a case-level document is given one.
     */
    int session(Context ctx, DocumentKind kind) {
        String given = ctx.queryParam("session");
        if (!kind.perSession()) {
            if (given != null) {
                throw new NotFoundResponse("This document does not belong to a session.");
            }
            return 0;
        }
        if (given == null) {
            if (patientCase.sessions().isEmpty()) {
                throw new NotFoundResponse("No session is recorded for this case yet.");
            }
            return 0;
        }
        return recordedSession(given);
    }

    /** A session number the case has recorded, from its text in a path or query. */
    int recordedSession(String given) {
        if (!given.matches("[1-9][0-9]{0,3}")) {
            throw new NotFoundResponse("There is no such session.");
        }
        int n = Integer.parseInt(given);
        if (patientCase.session(n).isEmpty()) {
            throw new NotFoundResponse("There is no such session.");
        }
        return n;
    }

    /** Renders {@code kind} for {@code session} (0: the latest) in {@code format} with the shared engine. */
    RenderedDocument render(SmpDocs engine, DocumentKind kind, int session, OutputFormat format) {
        return engine.withFormats(EnumSet.of(format)).render(kind, patientCase, session);
    }

    /** The problems of a document that cannot be issued, as the page says them: field and what is expected. */
    static List<String> problems(InvalidInputException e) {
        return e.problems().stream().map(p -> (p.path().isEmpty() ? "the case" : p.path()) + ": expected "
                + p.expected()).toList();
    }
}
