package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * The administrator's overview and the staff accounts: the list, a new account, a role changed,
 * an account disabled or enabled, a password reset. A new account and a reset get a one-time
 * password, shown once on the page that answers the form and changed at the first login. Every
 * change ends the account's sessions and is recorded in the access log. An administrator cannot
 * disable or change the role of their own account, and the last enabled administrator stays one.
 */
final class AdminPages implements WebModule {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK);

    private final FrontDesk desk;
    private final Pages pages;
    private final ZoneId zone;
    /** Changes of role and state one at a time, so that two cannot both remove the last administrator. */
    private final Object changes = new Object();

    AdminPages(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/admin", ctx -> pages.show(ctx, "admin", Map.of()), Allowed.ADMINISTRATOR);
        routes.get("/admin/accounts", ctx -> accounts(ctx, HttpStatus.OK, Map.of(), Map.of(), null),
                Allowed.ADMINISTRATOR);
        routes.post("/admin/accounts", this::create, Allowed.ADMINISTRATOR);
        routes.post("/admin/accounts/{id}/role", this::changeRole, Allowed.ADMINISTRATOR);
        routes.post("/admin/accounts/{id}/disabled", this::setDisabled, Allowed.ADMINISTRATOR);
        routes.post("/admin/accounts/{id}/password", this::resetPassword, Allowed.ADMINISTRATOR);
        routes.post("/admin/accounts/{id}/unlock", this::unlock, Allowed.ADMINISTRATOR);
    }

    private void accounts(Context ctx, HttpStatus status, Map<String, String> form, Map<String, String> errors,
            String message) {
        long self = Requests.staff(ctx).id();
        Map<String, Object> m = new HashMap<>();
        m.put("accounts", desk.accounts().all().stream().map(a -> row(a, self)).toList());
        m.put("roles", Arrays.stream(Role.values()).map(r -> Map.of("name", r.name(), "label", Pages.label(r))).toList());
        m.put("form", form);
        m.put("errors", errors);
        if (message != null) {
            m.put("message", message);
        }
        pages.show(ctx, status, "admin-accounts", m);
    }

    private Map<String, Object> row(StaffAccount a, long self) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", a.id());
        r.put("username", a.username());
        r.put("displayName", a.displayName());
        r.put("role", a.role().name());
        r.put("roleLabel", Pages.label(a.role()));
        r.put("disabled", a.disabled());
        r.put("locked", a.lockedAt(desk.clock().instant()));
        r.put("mustChange", a.mustChangePassword());
        r.put("lastLogin", a.lastLoginAt() == null ? "never" : WHEN.format(a.lastLoginAt().atZone(zone)));
        r.put("self", a.id() == self);
        return r;
    }

    private void create(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", Objects.requireNonNullElse(ctx.formParam("username"), "").strip());
        form.put("displayName", Objects.requireNonNullElse(ctx.formParam("displayName"), "").strip());
        form.put("role", Objects.requireNonNullElse(ctx.formParam("role"), ""));
        Role role = role(form.get("role"));
        if (role == null) {
            accounts(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, Map.of("role", "Choose a role from the list."), null);
            return;
        }
        String password = desk.hashes().oneTimePassword();
        StaffAccount created;
        try {
            created = desk.accounts().create(form.get("username"), form.get("displayName"), role,
                    desk.hashes().hash(password.toCharArray()), true);
        } catch (InvalidInputException e) {
            accounts(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, errors(e), null);
            return;
        }
        desk.accessLog().record(Requests.staff(ctx), AccessAction.ACCOUNT_CHANGED);
        oneTimePassword(ctx, created, password, true);
    }

    private void resetPassword(Context ctx) {
        StaffAccount account = account(ctx);
        String password = desk.hashes().oneTimePassword();
        account = desk.accounts().setPassword(account.id(), desk.hashes().hash(password.toCharArray()), true);
        changed(ctx, account);
        oneTimePassword(ctx, account, password, false);
    }

    /** Ends a lock after too many wrong passwords (the account's own password stays as it is). */
    private void unlock(Context ctx) {
        StaffAccount account = account(ctx);
        desk.accounts().clearLock(account.id());
        desk.accessLog().record(Requests.staff(ctx), AccessAction.ACCOUNT_CHANGED);
        throw new SeeOther("/admin/accounts");
    }

    /** The page that shows a one-time password, once: nothing keeps it, and the page is not cached. */
    private void oneTimePassword(Context ctx, StaffAccount account, String password, boolean created) {
        pages.show(ctx, "admin-password", Map.of("username", account.username(), "displayName", account.displayName(),
                "password", password, "created", created));
    }

    private void changeRole(Context ctx) {
        StaffAccount account = account(ctx);
        Role role = role(Objects.requireNonNullElse(ctx.formParam("role"), ""));
        if (role == null) {
            throw new BadRequestResponse("Choose a role from the list.");
        }
        synchronized (changes) {
            if (account.id() == Requests.staff(ctx).id()) {
                accounts(ctx, HttpStatus.CONFLICT, Map.of(), Map.of(), "You cannot change your own role: "
                        + "ask another administrator.");
                return;
            }
            if (account.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && lastAdministrator(account)) {
                accounts(ctx, HttpStatus.CONFLICT, Map.of(), Map.of(), "The clinic needs an administrator: "
                        + "make another account an administrator first.");
                return;
            }
            if (role != account.role()) {
                changed(ctx, desk.accounts().changeRole(account.id(), role));
            }
        }
        throw new SeeOther("/admin/accounts");
    }

    private void setDisabled(Context ctx) {
        StaffAccount account = account(ctx);
        String value = Objects.requireNonNullElse(ctx.formParam("disabled"), "");
        if (!value.equals("true") && !value.equals("false")) {
            throw new BadRequestResponse("Disable or enable: nothing else.");
        }
        boolean disable = Boolean.parseBoolean(value);
        synchronized (changes) {
            if (disable && account.id() == Requests.staff(ctx).id()) {
                accounts(ctx, HttpStatus.CONFLICT, Map.of(), Map.of(), "You cannot disable your own account.");
                return;
            }
            if (disable && account.role() == Role.ADMINISTRATOR && lastAdministrator(account)) {
                accounts(ctx, HttpStatus.CONFLICT, Map.of(), Map.of(), "The clinic needs an administrator: "
                        + "make another account an administrator first.");
                return;
            }
            if (disable != account.disabled()) {
                changed(ctx, desk.accounts().setDisabled(account.id(), disable));
            }
        }
        throw new SeeOther("/admin/accounts");
    }

    /** Whether {@code account} is the only administrator that is not disabled. */
    private boolean lastAdministrator(StaffAccount account) {
        List<StaffAccount> others = desk.accounts().all().stream()
                .filter(a -> a.id() != account.id() && a.role() == Role.ADMINISTRATOR && !a.disabled()).toList();
        return others.isEmpty();
    }

    /** After any change to an account: its sessions end, and the change is logged. */
    private void changed(Context ctx, StaffAccount account) {
        desk.sessions().endAll(account.id());
        desk.accessLog().record(Requests.staff(ctx), AccessAction.ACCOUNT_CHANGED);
    }

    private StaffAccount account(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("There is no such account.");
        }
        return desk.accounts().byId(id).orElseThrow(() -> new NotFoundResponse("There is no such account."));
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new HashMap<>();
        for (Problem p : e.problems()) {
            errors.merge(p.path(), "Give " + p.expected() + ".", (a, b) -> a + " " + b);
        }
        return errors;
    }
}
