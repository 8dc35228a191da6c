package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.Setting;
import org.smpdocs.internal.template.TemplateEngine;

/**
 * The administrator's settings: the clinic profile's contact details ({@link ClinicContact}), the
 * SMTP server (its password in a file of the data directory, {@link SmtpPasswordFile}, never in
 * the database nor shown back) and the template directory. A clinic profile or template directory
 * is used only once an engine has been built from it; the engine in use is then rebuilt. Every
 * change is recorded in the access log.
 */
final class AdminSettingsPages implements WebModule {
    static final List<String> SMTP_FIELDS = List.of("host", "port", "user");
    static final int MAX_HOST = 253;
    static final int MAX_SECRET = 1000;

    private final FrontDesk desk;
    private final Pages pages;
    private final ClinicContact contact;
    private final SmtpPasswordFile smtpPassword;

    AdminSettingsPages(FrontDesk desk, Pages pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.contact = new ClinicContact(desk);
        this.smtpPassword = new SmtpPasswordFile(desk);
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/admin/clinic", ctx -> clinic(ctx, HttpStatus.OK, contact.current(), Map.of(), List.of(), false),
                Allowed.ADMINISTRATOR);
        routes.post("/admin/clinic", this::saveClinic, Allowed.ADMINISTRATOR);
        routes.get("/admin/smtp", ctx -> smtp(ctx, HttpStatus.OK, currentSmtp(), Map.of(), false), Allowed.ADMINISTRATOR);
        routes.post("/admin/smtp", this::saveSmtp, Allowed.ADMINISTRATOR);
        routes.get("/admin/templates", ctx -> templates(ctx, HttpStatus.OK, "", Map.of(), false), Allowed.ADMINISTRATOR);
        routes.post("/admin/templates", this::saveTemplates, Allowed.ADMINISTRATOR);
    }

    // the clinic's contact details

    private void clinic(Context ctx, HttpStatus status, Map<String, String> form, Map<String, String> errors,
            List<String> other, boolean saved) {
        pages.show(ctx, status, "admin-clinic", Map.of("form", form, "errors", errors, "other", other, "saved", saved));
    }

    private void saveClinic(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : ClinicContact.FIELDS) {
            form.put(field, Objects.requireNonNullElse(ctx.formParam(field), "").strip());
        }
        ClinicContact.Outcome outcome = contact.save(form);
        if (!outcome.saved()) {
            clinic(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, outcome.errors(), outcome.other(), false);
            return;
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.SETTINGS_CHANGED);
        clinic(ctx, HttpStatus.OK, contact.current(), Map.of(), List.of(), true);
    }

    // the SMTP server

    private Map<String, String> currentSmtp() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("host", desk.settings().get(Setting.SMTP_HOST).orElse(""));
        form.put("port", desk.settings().get(Setting.SMTP_PORT).orElse(""));
        form.put("user", desk.settings().get(Setting.SMTP_USER).orElse(""));
        form.put("starttls", desk.settings().get(Setting.SMTP_STARTTLS).orElse("true"));
        return form;
    }

    private void smtp(Context ctx, HttpStatus status, Map<String, String> form, Map<String, String> errors,
            boolean saved) {
        pages.show(ctx, status, "admin-smtp", Map.of("form", form, "errors", errors, "saved", saved,
                "passwordSet", smtpPassword.isSet()));
    }

    private void saveSmtp(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : SMTP_FIELDS) {
            form.put(field, Objects.requireNonNullElse(ctx.formParam(field), "").strip());
        }
        form.put("starttls", "true".equals(ctx.formParam("starttls")) ? "true" : "false");
        String password = Objects.requireNonNullElse(ctx.formParam("password"), "");
        boolean clearPassword = "true".equals(ctx.formParam("clearPassword"));
        Map<String, String> errors = new HashMap<>();
        String host = form.get("host");
        if (host.length() > MAX_HOST || !host.matches("[A-Za-z0-9.:\\[\\]-]*")) {
            errors.put("host", "Give a host name such as smtp.example.com, or an IP address.");
        }
        String port = form.get("port");
        if (!port.isEmpty() && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
            errors.put("port", "Give a port number from 1 to 65535, such as 587.");
        }
        String user = form.get("user");
        if (user.length() > MAX_SECRET || user.codePoints().anyMatch(Character::isISOControl)) {
            errors.put("user", "Give at most " + MAX_SECRET + " characters on one line.");
        }
        if (password.length() > MAX_SECRET || password.codePoints().anyMatch(Character::isISOControl)) {
            errors.put("password", "Give at most " + MAX_SECRET + " characters on one line.");
        }
        if (!errors.isEmpty()) {
            smtp(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, errors, false);
            return;
        }
        long by = Requests.staff(ctx).id();
        putOrRemove(Setting.SMTP_HOST, host, by);
        putOrRemove(Setting.SMTP_PORT, port, by);
        putOrRemove(Setting.SMTP_USER, user, by);
        desk.settings().put(Setting.SMTP_STARTTLS, form.get("starttls"), by);
        if (!password.isEmpty()) {
            Path file = smtpPassword.write(password);
            desk.settings().put(Setting.SMTP_PASSWORD_FILE, file.toString(), by);
        } else if (clearPassword) {
            smtpPassword.delete();
            desk.settings().remove(Setting.SMTP_PASSWORD_FILE);
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.SETTINGS_CHANGED);
        smtp(ctx, HttpStatus.OK, currentSmtp(), Map.of(), true);
    }

    private void putOrRemove(Setting setting, String value, long by) {
        if (value.isEmpty()) {
            desk.settings().remove(setting);
        } else {
            desk.settings().put(setting, value, by);
        }
    }

    // the template directory

    private void templates(Context ctx, HttpStatus status, String directory, Map<String, String> errors, boolean saved) {
        Map<String, Object> m = new HashMap<>();
        Optional<String> inUse = desk.settings().get(Setting.TEMPLATE_DIRECTORY);
        m.put("inUse", inUse.orElse(""));
        m.put("version", templateVersion(inUse.map(Path::of).orElse(null)));
        m.put("directory", directory.isEmpty() ? inUse.orElse("") : directory);
        m.put("errors", errors);
        m.put("saved", saved);
        pages.show(ctx, status, "admin-templates", m);
    }

    /** The declared version of the template set in {@code directory} (null: the built-in one), or "". */
    private String templateVersion(Path directory) {
        try {
            Locale locale = Locale.forLanguageTag(desk.engine().clinic().documentLanguage());
            return new TemplateEngine(directory, locale).templateSet().version();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void saveTemplates(Context ctx) {
        long by = Requests.staff(ctx).id();
        if ("clear".equals(ctx.formParam("action"))) {
            desk.settings().remove(Setting.TEMPLATE_DIRECTORY);
            desk.reloadEngine();
            desk.accessLog().record(Requests.staff(ctx), AccessAction.SETTINGS_CHANGED);
            templates(ctx, HttpStatus.OK, "", Map.of(), true);
            return;
        }
        String text = Objects.requireNonNullElse(ctx.formParam("directory"), "").strip();
        String problem = null;
        Path directory = null;
        if (text.isEmpty() || text.length() > 1000 || text.codePoints().anyMatch(Character::isISOControl)) {
            problem = "Give the full path of a folder, or use the built-in templates.";
        } else {
            try {
                directory = Path.of(text);
            } catch (InvalidPathException e) {
                problem = "This is not a path of this computer.";
            }
        }
        if (problem == null && !directory.isAbsolute()) {
            problem = "Give the full path, from the top of the disk.";
        } else if (problem == null && !Files.isDirectory(directory)) {
            problem = Files.exists(directory) ? "This is not a folder." : "There is no such folder.";
        }
        if (problem == null) {
            try {
                SmpDocs.builder().clinicProfile(desk.clinicProfile()).templateDirectory(directory).clock(desk.clock())
                        .build();
            } catch (InvalidInputException e) {
                problem = "The documents cannot be made with these templates: " + e.problems().size()
                        + " problem" + (e.problems().size() == 1 ? "" : "s") + ".";
            } catch (SmpDocsException e) {
                problem = "The documents cannot be made with these templates: " + words(e);
            }
        }
        if (problem != null) {
            templates(ctx, HttpStatus.UNPROCESSABLE_CONTENT, text, Map.of("directory", problem), false);
            return;
        }
        desk.settings().put(Setting.TEMPLATE_DIRECTORY, directory.toString(), by);
        desk.reloadEngine();
        desk.accessLog().record(Requests.staff(ctx), AccessAction.SETTINGS_CHANGED);
        templates(ctx, HttpStatus.OK, "", Map.of(), true);
    }

    /** The library's message without its error code. */
    static String words(SmpDocsException e) {
        String message = e.getMessage();
        String prefix = e.code().code() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
