package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.StaffAccount;

/**
 * Logging in and out, and changing one's password (which a temporary password requires before
 * anything else). A wrong user name and a wrong password get the same answer; failures count
 * against the account (the store locks it: no password is tried while it is locked, which the page
 * says; a lock that has run out is forgotten) and against the address ({@link LoginThrottle}). Wrong current
 * passwords on the password form count as failed logins too.
 */
final class LoginPages implements WebModule {
    /** The shortest password staff may choose. */
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;

    private static final String WRONG = "The user name or password is not right.";
    private static final String LOCKED = "This account is locked for a while after too many wrong passwords. "
            + "Try again in 15 minutes, or ask the administrator to reset the password.";

    private final FrontDesk desk;
    private final Pages pages;

    LoginPages(FrontDesk desk, Pages pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/login", this::loginForm, Allowed.ANYONE);
        routes.post("/login", this::logIn, Allowed.ANYONE);
        routes.post(Guard.LOGOUT_PATH, this::logOut, Allowed.STAFF);
        routes.get(Guard.PASSWORD_PATH, ctx -> passwordForm(ctx, HttpStatus.OK, Map.of()), Allowed.STAFF);
        routes.post(Guard.PASSWORD_PATH, this::changePassword, Allowed.STAFF);
    }

    private void loginForm(Context ctx) {
        if (Requests.staffOrNull(ctx) != null) {
            throw new SeeOther("/");
        }
        showLogin(ctx, HttpStatus.OK, null, "");
    }

    private void showLogin(Context ctx, HttpStatus status, String error, String username) {
        String token = StaffSessions.randomToken();
        Cookies.set(ctx, Cookies.LOGIN, token);
        Map<String, Object> m = new HashMap<>();
        m.put("loginToken", token);
        m.put("username", username);
        if (error != null) {
            m.put("error", error);
        }
        pages.show(ctx, status, "login", m);
    }

    private void logIn(Context ctx) {
        Guard.requireCsrf(ctx, ctx.cookie(Cookies.LOGIN));
        String address = ctx.ip();
        String username = Objects.requireNonNullElse(ctx.formParam("username"), "").strip();
        char[] password = Objects.requireNonNullElse(ctx.formParam("password"), "").toCharArray();
        try {
            if (!desk.throttle().allows(address, username)) {
                showLogin(ctx, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed logins from this device. Wait 15 minutes and try again.", username);
                return;
            }
            Optional<StaffAccount> found = username.isEmpty() || username.length() > 200
                    ? Optional.empty() : desk.accounts().byUsername(username);
            if (found.isEmpty()) {
                desk.hashes().verifyNone(password);
                desk.throttle().failed(address, username);
                desk.accessLog().recordUnknownLogin();
                showLogin(ctx, HttpStatus.UNAUTHORIZED, WRONG, username);
                return;
            }
            StaffAccount account = found.get();
            Instant now = desk.clock().instant();
            if (account.lockedUntil() != null && !account.lockedAt(now)) {
                account = desk.accounts().clearLock(account.id());
            }
            if (account.lockedAt(now)) {
                // no password is tried while locked: neither counted nor answered
                desk.hashes().verifyNone(password);
                desk.throttle().failed(address, username);
                desk.accessLog().record(account, AccessAction.LOGIN_REFUSED);
                showLogin(ctx, HttpStatus.UNAUTHORIZED, LOCKED, username);
                return;
            }
            boolean right = desk.hashes().verify(password, account.passwordHash());
            if (!right || !account.mayLogInAt(now)) {
                if (!right) {
                    desk.accounts().recordFailedLogin(account.id());
                }
                desk.throttle().failed(address, username);
                desk.accessLog().record(account, AccessAction.LOGIN_REFUSED);
                showLogin(ctx, HttpStatus.UNAUTHORIZED, WRONG, username);
                return;
            }
            account = desk.accounts().recordSuccessfulLogin(account.id());
            if (desk.hashes().needsRehash(account.passwordHash())) {
                account = desk.accounts().setPassword(account.id(), desk.hashes().hash(password),
                        account.mustChangePassword());
            }
            desk.throttle().succeeded(address, username);
            Cookies.clear(ctx, Cookies.LOGIN);
            String old = ctx.cookie(Cookies.SESSION);
            desk.sessions().end(old);
            Cookies.set(ctx, Cookies.SESSION, desk.sessions().start(account.id()));
            desk.accessLog().record(account, AccessAction.LOGGED_IN);
            throw new SeeOther(account.mustChangePassword() ? Guard.PASSWORD_PATH : "/");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void logOut(Context ctx) {
        desk.sessions().end(Requests.sessionToken(ctx));
        Cookies.clear(ctx, Cookies.SESSION);
        desk.accessLog().record(Requests.staff(ctx), AccessAction.LOGGED_OUT);
        throw new SeeOther("/login");
    }

    private void passwordForm(Context ctx, HttpStatus status, Map<String, String> errors) {
        StaffAccount staff = Requests.staff(ctx);
        pages.show(ctx, status, "password", Map.of("errors", errors, "mustChange", staff.mustChangePassword(),
                "minLength", MIN_PASSWORD, "username", staff.username()));
    }

    private void changePassword(Context ctx) {
        StaffAccount staff = Requests.staff(ctx);
        char[] current = Objects.requireNonNullElse(ctx.formParam("current"), "").toCharArray();
        String next = Objects.requireNonNullElse(ctx.formParam("password"), "");
        String repeat = Objects.requireNonNullElse(ctx.formParam("repeat"), "");
        try {
            Map<String, String> errors = new HashMap<>();
            if (!desk.hashes().verify(current, staff.passwordHash())) {
                StaffAccount counted = desk.accounts().recordFailedLogin(staff.id());
                if (counted.lockedAt(desk.clock().instant())) {
                    desk.sessions().endAll(staff.id());
                    Cookies.clear(ctx, Cookies.SESSION);
                    desk.accessLog().record(staff, AccessAction.LOGIN_REFUSED);
                    throw new SeeOther("/login");
                }
                errors.put("current", "This is not your current password.");
            }
            if (next.length() < MIN_PASSWORD) {
                errors.put("password", "Choose at least " + MIN_PASSWORD + " characters.");
            } else if (next.length() > MAX_PASSWORD) {
                errors.put("password", "Choose at most " + MAX_PASSWORD + " characters.");
            } else if (next.equals(new String(current))) {
                errors.put("password", "Choose a password other than the current one.");
            } else if (next.equalsIgnoreCase(staff.username())) {
                errors.put("password", "Choose a password other than your user name.");
            }
            if (!next.equals(repeat)) {
                errors.put("repeat", "The two new passwords are not the same.");
            }
            if (!errors.isEmpty()) {
                passwordForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, errors);
                return;
            }
            char[] chars = next.toCharArray();
            desk.accounts().setPassword(staff.id(), desk.hashes().hash(chars), false);
            Arrays.fill(chars, '\0');
            desk.sessions().endAll(staff.id());
            Cookies.set(ctx, Cookies.SESSION, desk.sessions().start(staff.id()));
            desk.accessLog().record(staff, AccessAction.ACCOUNT_CHANGED);
            throw new SeeOther("/");
        } finally {
            Arrays.fill(current, '\0');
        }
    }
}
