package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.Signing;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.signing.FormField;
import org.smpdocs.internal.signing.RecordSigning;
import org.smpdocs.internal.signing.SignatureImage;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.StaffAccount;
import org.smpdocs.internal.xhtml.XhtmlParser;

/**
 * Signing at the desk on a tablet. Staff who edit cases open a signing session for one issued
 * consent or disclosure ("Sign on tablet" on the documents page): the desk page shows its
 * one-time code for a second device, hands this browser over ("Sign on this device": the staff
 * member's session here ends, so the patient cannot reach the staff's pages, and the code no longer
 * works), or cancels it. A
 * device that joins holds only a tablet cookie bound to that session; its pages show the document
 * with a pad for each signature and initials, a tick box for each choice, and "Finish", which
 * signs through the library (its completeness gate), seals with the clinic's seal and records the
 * signed record in the archive. Addresses carry ids only.
 */
final class TabletPages implements WebModule {
    static final String TABLET_COOKIE = "smp_tablet";
    /** The largest drawing a pad may send, as a data URL. */
    static final int MAX_DATA_URL = 700_000;
    /** The largest stroke record a pad may send (what a reload shows again). */
    static final int MAX_STROKES = 400_000;
    private static final String PNG_PREFIX = "data:image/png;base64,";
    private static final XhtmlParser PARSER = new XhtmlParser();

    private final FrontDesk desk;
    private final Pages pages;
    private final TabletSignings signings;

    TabletPages(FrontDesk desk, Pages pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.signings = new TabletSignings(desk.clock());
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.post("/cases/{caseId}/records/{recordId}/tablet", this::open, Allowed.caseEditors());
        routes.get("/cases/{caseId}/signings/{signingId}", this::deskPage, Allowed.caseEditors());
        routes.post("/cases/{caseId}/signings/{signingId}/this-device", this::handOver, Allowed.caseEditors());
        routes.post("/cases/{caseId}/signings/{signingId}/cancel", this::cancel, Allowed.caseEditors());
        routes.get("/tablet", this::codePage, Allowed.ANYONE);
        routes.post("/tablet", this::code, Allowed.ANYONE);
        routes.get("/tablet/sign", this::signPage, Allowed.ANYONE);
        routes.post("/tablet/sign/marks/{field}", this::mark, Allowed.ANYONE);
        routes.post("/tablet/sign/finish", this::finish, Allowed.ANYONE);
        routes.get("/tablet/done", ctx -> tabletPage(ctx, HttpStatus.OK, "tablet-done", Map.of()), Allowed.ANYONE);
    }

    /** The signing sessions (for tests). */
    TabletSignings signings() {
        return signings;
    }

    private void open(Context ctx) {
        String caseId = ctx.pathParam("caseId");
        String id = ctx.pathParam("recordId");
        if (desk.seal().isEmpty()) {
            throw new ConflictResponse("Signing on a tablet needs the clinic's seal: start the front desk with "
                    + "--seal-keystore.");
        }
        AuditEntry entry = (id.matches("[1-9][0-9]{0,8}") ? desk.archive().entry(id) : Optional.<AuditEntry>empty())
                .filter(e -> e.document().caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundResponse("This case has no such issued record."));
        if (!RecordSigning.signable(entry)) {
            throw new ConflictResponse("Only an issued consent or disclosure PDF is signed on a tablet.");
        }
        if (signedAlready(entry.sequence())) {
            throw new ConflictResponse("This record is signed already: open the signed record on the documents page.");
        }
        RecordSigning.Regenerated issued;
        try {
            issued = RecordSigning.regenerate(desk.archive(), entry, desk.asIssued());
        } catch (SmpDocsException e) {
            throw new ConflictResponse("This record cannot be signed here: it cannot be made again exactly as it was "
                    + "issued (the clinic profile or the templates changed since). Print it and sign it on paper.");
        }
        StaffAccount staff = Requests.staff(ctx);
        TabletSigning s = signings.open(issued, staff.id(), witness(staff));
        desk.accessLog().record(staff, AccessAction.VIEWED, caseId);
        throw new SeeOther(CasePaths.of(caseId, "signings/" + s.id()));
    }

    private boolean signedAlready(long sequence) {
        return desk.archive().entries().stream().anyMatch(e -> e.document().completion() != null
                && e.document().completion().completes() == sequence);
    }

    private static String witness(StaffAccount staff) {
        return staff.displayName() + ", " + Pages.label(staff.role()).toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<TabletSigning> signingOf(Context ctx) {
        String caseId = ctx.pathParam("caseId");
        return signings.byId(ctx.pathParam("signingId")).filter(s -> s.caseId().equals(caseId));
    }

    private void deskPage(Context ctx) {
        String caseId = ctx.pathParam("caseId");
        Map<String, Object> m = new HashMap<>();
        m.put("caseId", caseId);
        m.put("documentsHref", CasePaths.of(caseId, "documents"));
        Optional<TabletSigning> found = signingOf(ctx);
        if (found.isPresent()) {
            TabletSigning s = found.get();
            m.put("code", s.code());
            m.put("codeUsed", s.codeUsed());
            m.put("kind", s.issued().entry().document().kind().id());
            m.put("record", s.record());
            m.put("minutes", TabletSignings.IDLE.toMinutes());
            m.put("marks", s.marks().size());
            m.put("fields", s.issued().fields().all().stream().filter(FormField::isMark).map(FormField::name).distinct()
                    .count());
            String base = CasePaths.of(caseId, "signings/" + s.id());
            m.put("thisDeviceHref", base + "/this-device");
            m.put("cancelHref", base + "/cancel");
            m.put("selfHref", base);
        }
        pages.show(ctx, "signing-desk", m);
    }

    private void handOver(Context ctx) {
        TabletSigning s = signingOf(ctx).orElseThrow(() -> new NotFoundResponse(
                "This signing session has ended. Start it again from the documents page."));
        s.useCode();
        String token = signings.handOver(s);
        desk.sessions().end(Requests.sessionToken(ctx));
        Cookies.clear(ctx, Cookies.SESSION);
        Cookies.set(ctx, TABLET_COOKIE, token);
        throw new SeeOther("/tablet/sign");
    }

    private void cancel(Context ctx) {
        signingOf(ctx).ifPresent(s -> signings.end(s.id()));
        throw new SeeOther(CasePaths.of(ctx.pathParam("caseId"), "documents"));
    }

    private void codePage(Context ctx) {
        tabletPage(ctx, HttpStatus.OK, "tablet-code", Map.of());
    }

    private void code(Context ctx) {
        if (!signings.mayTryCode()) {
            tabletPage(ctx, HttpStatus.TOO_MANY_REQUESTS, "tablet-code", Map.of("problem",
                    "Too many wrong codes. Wait a few minutes, then ask the front desk for a new code."));
            return;
        }
        Optional<TabletSigning> s = signings.redeem(ctx.formParam("code"));
        if (s.isEmpty()) {
            tabletPage(ctx, HttpStatus.FORBIDDEN, "tablet-code", Map.of("problem",
                    "This code is not valid: it is wrong, was used already, or its signing has ended or was cancelled. "
                            + "Ask the front desk for a new code."));
            return;
        }
        Cookies.set(ctx, TABLET_COOKIE, signings.handOver(s.get()));
        throw new SeeOther("/tablet/sign");
    }

    /** The signing session of the request's tablet cookie, or a plain refusal. */
    private TabletSigning tablet(Context ctx) {
        return signings.byTablet(ctx.cookie(TABLET_COOKIE)).orElseThrow(() -> {
            if (ctx.cookie(TABLET_COOKIE) != null) {
                Cookies.clear(ctx, TABLET_COOKIE);
            }
            return new ForbiddenResponse("There is no signing on this device now: it has ended, was cancelled or "
                    + "was never started here. Ask the front desk.");
        });
    }

    private void signPage(Context ctx) {
        TabletSigning s = tablet(ctx);
        showSigning(ctx, s, HttpStatus.OK, List.of());
    }

    private void showSigning(Context ctx, TabletSigning s, HttpStatus status, List<Map<String, String>> problems) {
        Map<String, TabletMark> marks = s.marks();
        Map<String, Object> m = new HashMap<>();
        m.put("title", s.issued().entry().document().kind().id().equals("consent") ? "Consent form" : "Drawback disclosure");
        m.put("documentHtml", DocumentScreen.html(PARSER.parse(s.issued().markup(), "screen"), s.issued().fields().all(),
                marks));
        m.put("tabletCsrf", s.csrf());
        m.put("problems", problems);
        pages.show(ctx, status, "tablet-sign", m);
        ctx.header("Cache-Control", "no-store");
    }

    private void mark(Context ctx) {
        TabletSigning s = tablet(ctx);
        Guard.requireCsrf(ctx, s.csrf());
        String name = ctx.pathParam("field");
        FormField field = s.issued().fields().all().stream().filter(f -> f.name().equals(name) && f.isMark()).findFirst()
                .orElseThrow(() -> new NotFoundResponse("This document has no such field."));
        if ("yes".equals(ctx.formParam("clear"))) {
            s.mark(field.name(), null);
            json(ctx, HttpStatus.OK, "Cleared.");
            return;
        }
        String typed = ctx.formParam("typed");
        if (typed != null) {
            String t = typed.strip();
            if (!field.kind().equals("initials") || t.isEmpty() || t.codePointCount(0, t.length()) > 6
                    || !"yes".equals(ctx.formParam("adopt"))) {
                json(ctx, HttpStatus.UNPROCESSABLE_CONTENT,
                        "Type your initials (up to 6 letters) and tick “I adopt these as my initials”.");
                return;
            }
            s.mark(field.name(), new TabletMark(null, null, "", t));
            json(ctx, HttpStatus.OK, "Typed initials adopted.");
            return;
        }
        String png = ctx.formParam("png");
        String strokes = Objects.requireNonNullElse(ctx.formParam("strokes"), "");
        if (png == null || !png.startsWith(PNG_PREFIX) || png.length() > MAX_DATA_URL || strokes.length() > MAX_STROKES) {
            json(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "The drawing did not arrive as an image. Clear it and draw again.");
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(png.substring(PNG_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            json(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "The drawing did not arrive as an image. Clear it and draw again.");
            return;
        }
        SignatureImage.Prepared prepared = SignatureImage.prepare(bytes);
        if (prepared.png() == null) {
            json(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "Not saved: the drawing needs to be " + prepared.expected()
                    + ". Draw a little larger.");
            return;
        }
        s.mark(field.name(), new TabletMark(png, bytes, strokes, null));
        json(ctx, HttpStatus.OK, "Saved.");
    }

    private static void json(Context ctx, HttpStatus status, String message) {
        StringBuilder b = new StringBuilder("{\"message\":\"");
        for (char c : message.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append("\",\"ok\":").append(status == HttpStatus.OK).append('}');
        ctx.status(status).contentType("application/json; charset=utf-8").result(b.toString());
    }

    private void finish(Context ctx) {
        TabletSigning s = tablet(ctx);
        Guard.requireCsrf(ctx, s.csrf());
        Sealer sealer = desk.seal().orElseThrow(() -> new ConflictResponse("The front desk has no clinic seal."));
        Signing.Builder b = Signing.builder().witness(s.witness()).device(device(ctx.userAgent()));
        Map<String, TabletMark> marks = s.marks();
        List<String> seen = new ArrayList<>();
        for (FormField f : s.issued().fields().all()) {
            if (seen.contains(f.name())) {
                continue;
            }
            seen.add(f.name());
            if (f.kind().equals("checkbox")) {
                b.choice(f.name(), ctx.formParams(f.name()).contains("yes"));
            } else if (f.isMark() && marks.containsKey(f.name())) {
                TabletMark mark = marks.get(f.name());
                if (mark.drawn()) {
                    b.drawn(f.name(), mark.png());
                } else {
                    b.typed(f.name(), mark.typed());
                }
            }
        }
        RecordSigning.Signed signed;
        try {
            signed = RecordSigning.sign(desk.archive(), s.issued(), desk.engine(), b.build(), sealer);
        } catch (InvalidInputException e) {
            showSigning(ctx, s, HttpStatus.UNPROCESSABLE_CONTENT, problems(e.problems()));
            return;
        } catch (SmpDocsException e) {
            signings.end(s.id());
            Cookies.clear(ctx, TABLET_COOKIE);
            throw new ConflictResponse("This document could not be signed and recorded (it may be signed already). "
                    + "Nothing was recorded. Ask the front desk.");
        }
        Instant at = desk.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        desk.archive().checkpoint(statement -> sealer.signDetached(statement, at), at);
        desk.accounts().byId(s.witnessAccount()).ifPresent(a -> desk.accessLog().record(a, AccessAction.SIGNED,
                signed.recorded().document().caseId()));
        signings.end(s.id());
        Cookies.clear(ctx, TABLET_COOKIE);
        throw new SeeOther("/tablet/done");
    }

    /** The problems as the page lists them: the field's path ({@code fields.<name>}) and what it needs. */
    private static List<Map<String, String>> problems(List<Problem> problems) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("path", p.path());
            row.put("field", p.path().startsWith("fields.") ? p.path().substring("fields.".length()) : "");
            row.put("expected", p.expected());
            rows.add(row);
        }
        return rows;
    }

    /** "tablet (Chrome)": the device a signature was drawn on, as far as the browser says. */
    static String device(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        String family = ua.contains("Edg/") ? "Edge" : ua.contains("Firefox/") ? "Firefox"
                : ua.contains("Chrome/") || ua.contains("Chromium/") ? "Chrome" : ua.contains("Safari/") ? "Safari"
                : "unknown browser";
        String system = ua.contains("iPad") ? "iPad" : ua.contains("Android") ? "Android" : ua.contains("Windows") ? "Windows"
                : ua.contains("Linux") ? "Linux" : ua.contains("Mac OS") ? "macOS" : "";
        return "tablet (" + family + (system.isEmpty() ? "" : " on " + system) + ")";
    }

    private void tabletPage(Context ctx, HttpStatus status, String name, Map<String, ?> model) {
        pages.show(ctx, status, name, model);
    }
}
