package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * Every route of the running front desk, asked by every role and by a visitor who is not logged
 * in: a role the route does not allow is refused (403), a visitor is sent to the login page (a
 * page) or told to log in again (a form posted), and a role it allows is let through (whatever the
 * page then answers, it is not 401 or 403). What each route allows is the table below, written
 * from the issue's roles, not read from the code; a route the server has and the table lacks fails
 * the test, so no route is added without saying who may use it.
 */
class RouteRolesTest {
    private static final Path SAMPLE_CASE = Path.of("samples/cases/norwood6-density.json");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "QUERY");

    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.allOf(Role.class);
    private static final Set<Role> EDITORS = EnumSet.of(Role.FRONT_DESK, Role.PRACTITIONER);
    private static final Set<Role> READERS = EnumSet.of(Role.FRONT_DESK, Role.PRACTITIONER, Role.AUDITOR,
            Role.ADMINISTRATOR);

    /**
     * Who may use a route: {@code anyone} (no login), or the staff {@code roles}. {@code pattern}
     * is a route as registered ({@code /cases/{caseId}}), or a prefix ending in {@code /**}.
     */
    record Rule(String method, String pattern, boolean anyone, Set<Role> roles) {
        boolean covers(String m, String path) {
            if (!method.equals(m)) {
                return false;
            }
            return pattern.endsWith("/**") ? path.startsWith(pattern.substring(0, pattern.length() - 2))
                    : pattern.equals(path);
        }
    }

    private static Rule anyone(String method, String pattern) {
        return new Rule(method, pattern, true, NOBODY);
    }

    private static Rule staff(String method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, false, roles);
    }

    /**
     * The roles of the issue: front desk and practitioners edit cases, print, download and send
     * documents; only a practitioner records a session; the auditor reads cases, previews them and
     * opens what was issued, exports and verifies; the administrator administers and reads cases. Rules for
     * routes a branch does not have yet are checked once it registers them.
     */
    static final List<Rule> TABLE = List.of(
            anyone("GET", "/login"),
            anyone("POST", "/login"),
            anyone("GET", "/static/{name}"),
            staff("POST", "/logout", STAFF),
            staff("GET", "/password", STAFF),
            staff("POST", "/password", STAFF),
            staff("GET", "/", STAFF),
            staff("GET", "/search", READERS),
            staff("POST", "/search", READERS),
            // cases
            staff("GET", "/cases/new", EDITORS),
            staff("POST", "/cases/new", EDITORS),
            staff("POST", "/cases/import", EDITORS),
            staff("GET", "/cases/{caseId}", READERS),
            staff("GET", "/cases/{caseId}/edit", EDITORS),
            staff("POST", "/cases/{caseId}/edit", EDITORS),
            staff("GET", "/cases/{caseId}/case.json", READERS),
            staff("GET", "/cases/{caseId}/sessions/new", EnumSet.of(Role.PRACTITIONER)),
            staff("POST", "/cases/{caseId}/sessions/new", EnumSet.of(Role.PRACTITIONER)),
            // documents
            staff("GET", "/cases/{caseId}/documents", READERS),
            staff("GET", "/cases/{caseId}/documents/{kind}/preview", READERS),
            staff("POST", "/cases/{caseId}/documents/{kind}/print", EDITORS),
            staff("POST", "/cases/{caseId}/documents/{kind}/docx", EDITORS),
            staff("GET", "/cases/{caseId}/records/{recordId}", READERS),
            staff("POST", "/cases/{caseId}/sessions/{n}/aftercare-email", EDITORS),
            // signing on a tablet: the desk opens, hands over and cancels; the tablet holds only its own cookie
            staff("POST", "/cases/{caseId}/records/{recordId}/tablet", EDITORS),
            staff("GET", "/cases/{caseId}/signings/{signingId}", EDITORS),
            staff("POST", "/cases/{caseId}/signings/{signingId}/this-device", EDITORS),
            staff("POST", "/cases/{caseId}/signings/{signingId}/cancel", EDITORS),
            anyone("GET", "/tablet"),
            anyone("POST", "/tablet"),
            anyone("GET", "/tablet/sign"),
            anyone("POST", "/tablet/sign/marks/{field}"),
            anyone("POST", "/tablet/sign/finish"),
            anyone("GET", "/tablet/done"),
            // audit
            staff("GET", "/audit", EnumSet.of(Role.AUDITOR)),
            staff("POST", "/audit/export", EnumSet.of(Role.AUDITOR)),
            staff("POST", "/audit/verify", EnumSet.of(Role.AUDITOR)),
            staff("POST", "/audit/verify-upload", EnumSet.of(Role.AUDITOR)),
            // administration
            staff("GET", "/admin", EnumSet.of(Role.ADMINISTRATOR)),
            staff("GET", "/admin/**", EnumSet.of(Role.ADMINISTRATOR)),
            staff("POST", "/admin/**", EnumSet.of(Role.ADMINISTRATOR)));

    /** Routes whose answer to an allowed caller the table cannot judge, and why. */
    private static final Map<String, String> OWN_CHECKS = Map.of(
            "POST /login", "posts the login form's own token, not a session's: LoginTest",
            "POST /tablet", "a wrong one-time code is refused (403): TabletSigningTest",
            "GET /tablet/sign", "needs the tablet cookie of a live signing session (403 without): TabletSigningTest",
            "POST /tablet/sign/marks/{field}", "needs the tablet cookie and the signing page's token: TabletSigningTest",
            "POST /tablet/sign/finish", "needs the tablet cookie and the signing page's token: TabletSigningTest");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}|<([^>]+)>");

    private static FrontDeskUnderTest desk;
    private static String caseId;

    @BeforeAll
    static void start() throws Exception {
        desk = new FrontDeskUnderTest();
        StaffAccount importer = desk.account("importer", Role.FRONT_DESK);
        caseId = desk.desk().cases().importCase(desk.desk().engine(), SAMPLE_CASE.getFileName().toString(),
                Files.readAllBytes(SAMPLE_CASE), importer.id()).caseId();
        for (Role role : Role.values()) {
            desk.account(username(role), role);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    /** The routes the running server has, as {@code METHOD pattern} with the roles they declare. */
    private static List<ParsedEndpoint> routes() {
        return desk.server().app().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> METHODS.contains(e.endpoint.method.name()))
                .toList();
    }

    private static Optional<Rule> ruleFor(ParsedEndpoint e) {
        return TABLE.stream().filter(r -> r.covers(e.endpoint.method.name(), e.endpoint.path)).findFirst();
    }

    @Test
    void everyRouteTheServerHasIsInTheTable() {
        List<String> routes = routes().stream().map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
        assertTrue(routes.contains("GET /login") && routes.contains("POST /search"), routes.toString());
        Set<String> missing = new TreeSet<>();
        for (ParsedEndpoint e : routes()) {
            if (ruleFor(e).isEmpty()) {
                missing.add(e.endpoint.method.name() + " " + e.endpoint.path);
            }
        }
        assertTrue(missing.isEmpty(), "routes without a rule in RouteRolesTest.TABLE (say who may use them): " + missing);
    }

    @Test
    void everyRouteDeclaresTheRolesTheTableGivesIt() {
        List<String> wrong = new ArrayList<>();
        for (ParsedEndpoint e : routes()) {
            Optional<Rule> rule = ruleFor(e);
            if (rule.isEmpty()) {
                continue;
            }
            Roles declared = e.endpoint.metadata(Roles.class);
            Set<RouteRole> roles = declared == null ? Set.of() : declared.getRoles();
            boolean anyone = roles.contains(Allowed.ANYONE);
            Set<Role> let = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (Allowed.lets(roles, role)) {
                    let.add(role);
                }
            }
            if (anyone != rule.get().anyone() || (!anyone && !let.equals(rule.get().roles()))) {
                wrong.add(e.endpoint.method.name() + " " + e.endpoint.path + " declares " + roles + ", the table says "
                        + (rule.get().anyone() ? "anyone" : rule.get().roles()));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyRouteRefusesTheRolesItDoesNotAllowAndLetsInTheOnesItDoes() {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (ParsedEndpoint e : routes()) {
            Optional<Rule> found = ruleFor(e);
            if (found.isEmpty()) {
                continue;
            }
            Rule rule = found.get();
            String method = e.endpoint.method.name();
            String route = method + " " + e.endpoint.path;
            String path = filled(e.endpoint.path);

            WebClient.Response visitor = send(desk.anonymous(), method, path);
            asked++;
            if (rule.anyone()) {
                if (!OWN_CHECKS.containsKey(route) && (visitor.status() == 401 || visitor.status() == 403)) {
                    wrong.add(route + ": a visitor got " + visitor.status() + " on a route open to anyone");
                }
            } else if (method.equals("GET")) {
                if (visitor.status() != 303 || !"/login".equals(visitor.header("Location").orElse(""))) {
                    wrong.add(route + ": a visitor got " + visitor.status() + " " + visitor.header("Location").orElse("")
                            + ", not 303 to /login");
                }
            } else if (visitor.status() != 401) {
                wrong.add(route + ": a visitor got " + visitor.status() + ", not 401");
            }

            for (Role role : Role.values()) {
                WebClient client = desk.anonymous();
                client.logIn(username(role), FrontDeskUnderTest.PASSWORD);
                int status = send(client, method, path).status();
                asked++;
                boolean allowed = rule.anyone() || rule.roles().contains(role);
                if (allowed && !OWN_CHECKS.containsKey(route) && (status == 401 || status == 403)) {
                    wrong.add(route + ": " + role + " is allowed but got " + status);
                } else if (!allowed && status != 403) {
                    wrong.add(route + ": " + role + " is not allowed but got " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(asked >= 5 * 9, "requests sent: " + asked);
    }

    @Test
    void theTableItselfIsSound() {
        for (Rule r : TABLE) {
            assertTrue(METHODS.contains(r.method()), r.toString());
            assertFalse(r.anyone() && !r.roles().isEmpty(), r.toString());
            assertFalse(!r.anyone() && r.roles().isEmpty(), "a staff route nobody may use: " + r);
        }
        assertEquals(TABLE.size(), TABLE.stream().map(r -> r.method() + " " + r.pattern()).distinct().count(),
                "each route once");
    }

    /** The route's path with its parameters filled: the sample case, the consent, session and record 1. */
    private static String filled(String pattern) {
        Matcher m = PARAMETER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = switch (name) {
                case "caseId" -> caseId;
                case "kind" -> "consent";
                case "name" -> "style.css";
                default -> "1";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static WebClient.Response send(WebClient client, String method, String path) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, Map.of());
            default -> throw new AssertionError("the front desk uses GET and POST only, not " + method + " " + path);
        };
    }

    private static String username(Role role) {
        return "role-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
