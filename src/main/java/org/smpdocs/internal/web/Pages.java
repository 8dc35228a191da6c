package org.smpdocs.internal.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * Shows a page: the page's own model plus what the layout needs on every page (who is logged in,
 * what the role may do, the CSRF token for its forms).
 */
final class Pages {
    private final PageRenderer renderer;
    private final Supplier<String> clinicName;

    /** {@code clinicName} is asked on every page, so a changed profile shows at once. */
    Pages(PageRenderer renderer, Supplier<String> clinicName) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clinicName = Objects.requireNonNull(clinicName, "clinicName");
    }

    /** Responds with page {@code name} (200). */
    void show(Context ctx, String name, Map<String, ?> model) {
        show(ctx, HttpStatus.OK, name, model);
    }

    /** Responds with page {@code name} and {@code status} (a form with problems is 422). */
    void show(Context ctx, HttpStatus status, String name, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.putAll(common(ctx));
        ctx.status(status).contentType("text/html; charset=utf-8").result(renderer.render(name, all));
    }

    private Map<String, Object> common(Context ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("clinicName", clinicName.get());
        m.put("csrfField", Guard.CSRF_FIELD);
        String csrf = Requests.csrf(ctx);
        m.put("csrf", csrf == null ? "" : csrf);
        StaffAccount staff = Requests.staffOrNull(ctx);
        if (staff != null && !staff.mustChangePassword()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", staff.displayName());
            s.put("username", staff.username());
            s.put("role", label(staff.role()));
            m.put("staff", s);
            m.put("can", abilities(staff.role()));
        } else {
            m.put("can", Map.of());
        }
        if (staff != null) {
            m.put("loggedIn", true);
        }
        return m;
    }

    /** What the layout may offer the role: the roles the routes declare ({@link Allowed}), for the menu only. */
    static Map<String, Boolean> abilities(Role role) {
        Map<String, Boolean> can = new LinkedHashMap<>();
        can.put("readCases", Allowed.lets(Allowed.caseReaders(), role));
        can.put("editCases", Allowed.lets(Allowed.caseEditors(), role));
        can.put("recordSessions", Allowed.lets(new RouteRole[] {Allowed.PRACTITIONER}, role));
        can.put("audit", Allowed.lets(new RouteRole[] {Allowed.AUDITOR}, role));
        can.put("administer", Allowed.lets(new RouteRole[] {Allowed.ADMINISTRATOR}, role));
        return can;
    }

    /** The role as staff read it. */
    static String label(Role role) {
        return switch (role) {
            case FRONT_DESK -> "Front desk";
            case PRACTITIONER -> "Practitioner";
            case AUDITOR -> "Auditor";
            case ADMINISTRATOR -> "Administrator";
        };
    }
}
