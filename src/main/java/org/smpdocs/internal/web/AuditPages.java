package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.DocumentKind;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.archive.Export;
import org.smpdocs.internal.archive.ExportFilter;
import org.smpdocs.internal.archive.ExportVerifier;
import org.smpdocs.internal.archive.Verification;
import org.smpdocs.internal.store.AccessAction;

/**
 * The auditor's page: the export of a period (optionally one patient's, one kind's) as the CLI's
 * {@code export} writes it, with the front desk's access log of the period added
 * ({@link AccessLogLines}); the records archive verified in place, or an uploaded export verified,
 * as the CLI's {@code verify} does, with the findings listed. Only the auditor may use it. The
 * export's file name names the period only; an upload is kept under a name of ours in a temporary
 * folder of the data directory and deleted when checked.
 */
final class AuditPages implements WebModule {
    /** The largest export that may be uploaded to be verified. */
    static final long MAX_UPLOAD_BYTES = WebServer.MAX_UPLOAD_MIB * 1024 * 1024;
    static final int MAX_PATIENT_ID = 64;
    private static final String TEMP = "tmp";

    private final FrontDesk desk;
    private final Pages pages;

    AuditPages(FrontDesk desk, Pages pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/audit", ctx -> show(ctx, HttpStatus.OK, Map.of(), Map.of(), null), Allowed.AUDITOR);
        routes.post("/audit/export", this::export, Allowed.AUDITOR);
        routes.post("/audit/verify", this::verifyArchive, Allowed.AUDITOR);
        routes.post("/audit/verify-upload", this::verifyUpload, Allowed.AUDITOR);
    }

    private void show(Context ctx, HttpStatus status, Map<String, String> form, Map<String, String> errors,
            Map<String, Object> result) {
        Map<String, Object> m = new HashMap<>();
        m.put("form", form);
        m.put("errors", errors);
        m.put("kinds", Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList());
        if (result != null) {
            m.put("result", result);
        }
        pages.show(ctx, status, "audit", m);
    }

    private void export(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("from", "to", "patient", "kind")) {
            form.put(name, Objects.requireNonNullElse(ctx.formParam(name), "").strip());
        }
        Map<String, String> errors = new HashMap<>();
        LocalDate from = date(form.get("from"), "from", errors);
        LocalDate to = date(form.get("to"), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "The period ends before it starts: give a date on or after the first one.");
        }
        String patient = form.get("patient");
        if (patient.length() > MAX_PATIENT_ID || patient.codePoints().anyMatch(Character::isISOControl)) {
            errors.put("patient", "A patient id has at most " + MAX_PATIENT_ID + " characters.");
        }
        String kind = form.get("kind");
        if (!kind.isEmpty() && Arrays.stream(DocumentKind.values()).noneMatch(k -> k.id().equals(kind))) {
            errors.put("kind", "Choose a kind of document from the list, or all kinds.");
        }
        if (!errors.isEmpty()) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, errors, null);
            return;
        }
        ExportFilter filter = new ExportFilter(from, to, patient.isEmpty() ? null : patient,
                kind.isEmpty() ? null : DocumentKind.of(kind));
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        AccessLogLines accessLog = new AccessLogLines(desk.accessLog().between(start, end));
        Path zip = temp().resolve("export-" + StaffSessions.randomToken() + ".zip");
        try {
            Export.write(desk.archive(), filter, zip, done -> { }, accessLog);
        } catch (SmpDocsException e) {
            deleteQuietly(zip);
            show(ctx, HttpStatus.CONFLICT, form, Map.of(), failed("The export", words(e)));
            return;
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.EXPORTED);
        InputStream in;
        try {
            in = Files.newInputStream(zip, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            deleteQuietly(zip);
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(from, to) + "\"");
        ctx.contentType("application/zip").result(in);
    }

    /** The export's file name: the period, nothing else. */
    static String fileName(LocalDate from, LocalDate to) {
        return "smp-docs-export-" + from + "-to-" + to + ".zip";
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put(field, "Give a date.");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "Give a date as year-month-day, such as 2026-11-09.");
            return null;
        }
    }

    private void verifyArchive(Context ctx) {
        Map<String, Object> result;
        try {
            if (!Files.isDirectory(desk.archive().directory())) {
                result = failed("The records archive", "There is no records archive yet: no document has been issued.");
            } else {
                result = FindingWords.of("The records archive", desk.archive().check());
            }
        } catch (SmpDocsException e) {
            result = failed("The records archive", e);
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.VERIFIED);
        show(ctx, HttpStatus.OK, Map.of(), Map.of(), result);
    }

    private void verifyUpload(Context ctx) {
        UploadedFile upload = ctx.uploadedFile("export");
        if (upload == null || upload.size() == 0) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, Map.of(), Map.of("export", "Choose an export ZIP to upload."),
                    null);
            return;
        }
        Path folder = null;
        Map<String, Object> result;
        try {
            folder = Files.createTempDirectory(temp(), "verify-");
            Path zip = folder.resolve("export.zip");
            if (!copy(upload, zip)) {
                show(ctx, HttpStatus.CONTENT_TOO_LARGE, Map.of(), Map.of("export", "The upload is larger than "
                        + (MAX_UPLOAD_BYTES >> 20) + " MiB, the most that can be verified here."), null);
                return;
            }
            try {
                Verification v = ExportVerifier.check(zip);
                result = FindingWords.of("The uploaded export", v);
            } catch (SmpDocsException e) {
                result = failed("The uploaded export", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(folder);
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.VERIFIED);
        show(ctx, HttpStatus.OK, Map.of(), Map.of(), result);
    }

    /** Copies the upload to {@code to}; false, leaving a partial file, when it is past the limit. */
    private static boolean copy(UploadedFile upload, Path to) throws IOException {
        if (upload.size() > MAX_UPLOAD_BYTES) {
            return false;
        }
        try (InputStream in = upload.content(); OutputStream out = Files.newOutputStream(to)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_UPLOAD_BYTES) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static Map<String, Object> failed(String what, SmpDocsException e) {
        return failed(what, words(e));
    }

    private static Map<String, Object> failed(String what, String why) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put("failed", why);
        return m;
    }

    /** The library's message without its error code. */
    private static String words(SmpDocsException e) {
        String message = e.getMessage();
        String prefix = e.code().code() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private Path temp() {
        Path dir = desk.dataDir().resolve(TEMP);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left in the data directory's tmp folder
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(AuditPages::deleteQuietly);
        } catch (IOException ignored) {
            // a temporary folder left in the data directory's tmp folder
        }
    }
}
