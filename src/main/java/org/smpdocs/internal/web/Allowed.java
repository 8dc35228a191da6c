package org.smpdocs.internal.web;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.smpdocs.internal.store.Role;

/**
 * Who may use a route: the staff roles it names, or anyone (the login page, the style sheet). Every
 * route names its own; {@link Guard} refuses a route that names none.
 */
enum Allowed implements RouteRole {
    ANYONE(EnumSet.noneOf(Role.class)),
    FRONT_DESK(EnumSet.of(Role.FRONT_DESK)),
    PRACTITIONER(EnumSet.of(Role.PRACTITIONER)),
    AUDITOR(EnumSet.of(Role.AUDITOR)),
    ADMINISTRATOR(EnumSet.of(Role.ADMINISTRATOR)),
    /** Any staff member who is logged in, whatever the role (today's list, their own password). */
    STAFF(EnumSet.allOf(Role.class));

    private final Set<Role> roles;

    Allowed(Set<Role> roles) {
        this.roles = roles;
    }

    /** Whether one of {@code allowed} lets {@code role} in. */
    static boolean lets(Set<? extends RouteRole> allowed, Role role) {
        return allowed.stream().anyMatch(a -> a instanceof Allowed x && x.roles.contains(role));
    }

    /** Whether one of {@code allowed} lets {@code role} in: what a page may offer the role. */
    static boolean lets(RouteRole[] allowed, Role role) {
        return lets(Set.of(allowed), role);
    }

    /** The roles that may see and change a case: front desk and practitioners. */
    static RouteRole[] caseEditors() {
        return new RouteRole[] {FRONT_DESK, PRACTITIONER};
    }

    /** Those who may read a case without changing it: the editors, the auditor and the administrator. */
    static RouteRole[] caseReaders() {
        return new RouteRole[] {FRONT_DESK, PRACTITIONER, AUDITOR, ADMINISTRATOR};
    }

    @Override
    public String toString() {
        return name() + Arrays.toString(roles.toArray());
    }
}
