package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.Setting;
import org.smpdocs.internal.store.StaffAccount;

class AdminPagesTest {
    private static FrontDeskUnderTest desk;
    private static WebClient admin;

    @BeforeAll
    static void start() {
        desk = new FrontDeskUnderTest();
        admin = desk.staff("boss", Role.ADMINISTRATOR);
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static StaffAccount account(String username) {
        return desk.desk().accounts().byUsername(username).orElseThrow();
    }

    @Test
    void aNewAccountsOneTimePasswordLogsInOnceAndMustBeChanged() {
        admin.get("/admin/accounts");
        WebClient.Response created = admin.post("/admin/accounts", Map.of("username", "nina", "displayName",
                "Nina at the desk", "role", "FRONT_DESK"));
        assertEquals(200, created.status(), created.body());
        String password = created.page().selectFirst(".one-time-password code").text();
        assertEquals(23, password.length());
        StaffAccount nina = account("nina");
        assertEquals(Role.FRONT_DESK, nina.role());
        assertTrue(nina.mustChangePassword());
        assertFalse(admin.get("/admin/accounts").body().contains(password), "shown once only");

        WebClient c = desk.anonymous();
        c.get("/login");
        WebClient.Response in = c.post("/login", Map.of("username", "nina", "password", password));
        assertEquals(303, in.status());
        assertEquals("/password", in.location());
        assertEquals("/password", c.get("/").location());
        c.get("/password");
        assertEquals(303, c.post("/password", Map.of("current", password, "password", "nina's own passphrase",
                "repeat", "nina's own passphrase")).status());
        assertEquals(200, c.get("/").status());
        assertFalse(account("nina").mustChangePassword());
    }

    @Test
    void aTakenUserNameIsShownByItsField() {
        desk.account("taken", Role.AUDITOR);
        admin.get("/admin/accounts");
        WebClient.Response r = admin.post("/admin/accounts", Map.of("username", "TAKEN", "displayName", "Another",
                "role", "AUDITOR"));
        assertEquals(422, r.status());
        assertTrue(r.problemFor("username").isPresent());
        assertTrue(r.page().select(".one-time-password").isEmpty());
    }

    @Test
    void aRoleChangeEndsThatAccountsSessionsAndIsLogged() {
        WebClient rita = desk.staff("rita", Role.FRONT_DESK);
        assertEquals(200, rita.get("/").status());
        long id = account("rita").id();
        admin.get("/admin/accounts");
        WebClient.Response r = admin.post("/admin/accounts/" + id + "/role", Map.of("role", "PRACTITIONER"));
        assertEquals(303, r.status());
        assertEquals(Role.PRACTITIONER, account("rita").role());
        assertEquals("/login", rita.get("/").location(), "rita's session ended");
        assertTrue(desk.desk().accessLog().between(desk.clock.instant(), desk.clock.instant().plusSeconds(1)).stream()
                .anyMatch(e -> e.action() == AccessAction.ACCOUNT_CHANGED && e.username().equals("boss")));
    }

    @Test
    void disablingEndsSessionsAndAResetGivesANewOneTimePassword() {
        WebClient dora = desk.staff("dora", Role.PRACTITIONER);
        long id = account("dora").id();
        admin.get("/admin/accounts");
        assertEquals(303, admin.post("/admin/accounts/" + id + "/disabled", Map.of("disabled", "true")).status());
        assertTrue(account("dora").disabled());
        assertEquals("/login", dora.get("/").location());
        admin.get("/admin/accounts");
        assertEquals(303, admin.post("/admin/accounts/" + id + "/disabled", Map.of("disabled", "false")).status());
        assertFalse(account("dora").disabled());

        admin.get("/admin/accounts");
        WebClient.Response reset = admin.post("/admin/accounts/" + id + "/password", Map.of());
        String password = reset.page().selectFirst(".one-time-password code").text();
        assertTrue(account("dora").mustChangePassword());
        WebClient again = desk.anonymous();
        again.get("/login");
        assertEquals("/password", again.post("/login", Map.of("username", "dora", "password", password)).location());
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorChangeTheirOwnRole() {
        long self = account("boss").id();
        admin.get("/admin/accounts");
        WebClient.Response r = admin.post("/admin/accounts/" + self + "/disabled", Map.of("disabled", "true"));
        assertEquals(409, r.status());
        assertFalse(account("boss").disabled());
        assertEquals(409, admin.post("/admin/accounts/" + self + "/role", Map.of("role", "AUDITOR")).status());
        assertEquals(Role.ADMINISTRATOR, account("boss").role());
        assertEquals(200, admin.get("/admin").status(), "still logged in");
    }

    @Test
    void onlyTheAdministratorMayAdminister() {
        for (Role role : List.of(Role.FRONT_DESK, Role.PRACTITIONER, Role.AUDITOR)) {
            WebClient other = desk.staff("not-admin-" + role.name().toLowerCase(), role);
            for (String page : List.of("/admin", "/admin/accounts", "/admin/clinic", "/admin/smtp", "/admin/templates")) {
                assertEquals(403, other.get(page).status(), role + " " + page);
            }
            other.get("/");
            assertEquals(403, other.post("/admin/accounts", Map.of("username", "x" + role, "displayName", "X",
                    "role", "ADMINISTRATOR")).status());
            assertTrue(desk.desk().accounts().byUsername("x" + role).isEmpty());
        }
    }

    @Test
    void savingTheContactDetailsUnchangedKeepsTheProfileFileByteForByte() throws IOException {
        // the sample profile (or what an earlier save wrote) is written as the page writes it
        byte[] before = Files.readAllBytes(desk.desk().clinicProfile());
        Map<String, String> form = admin.get("/admin/clinic").page().select("form.card input[name]").stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.attr("name"), e -> e.attr("value")));
        assertEquals(200, admin.post("/admin/clinic", form).status());
        assertArrayEquals(before, Files.readAllBytes(desk.desk().clinicProfile()));
    }

    @Test
    void aNewPhoneNumberReachesTheEngineAndKeepsTheRestOfTheProfile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode before = (ObjectNode) json.readTree(desk.desk().clinicProfile().toFile());
        Map<String, String> form = admin.get("/admin/clinic").page().select("form.card input[name]").stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.attr("name"), e -> e.attr("value")));
        assertEquals(before.get("phone").asText(), form.get("phone"));
        form.put("phone", "+44 161 496 0999");
        WebClient.Response r = admin.post("/admin/clinic", form);
        assertEquals(200, r.status(), r.body());
        assertEquals("+44 161 496 0999", desk.desk().engine().clinic().phone());
        ObjectNode after = (ObjectNode) json.readTree(desk.desk().clinicProfile().toFile());
        assertEquals("+44 161 496 0999", after.get("phone").asText());
        before.put("phone", "+44 161 496 0999");
        assertEquals(before, after, "every other field as it was");
    }

    @Test
    void aBadEmailIsShownByItsFieldAndTheProfileStaysAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(desk.desk().clinicProfile());
        String emailBefore = desk.desk().engine().clinic().email();
        Map<String, String> form = admin.get("/admin/clinic").page().select("form.card input[name]").stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.attr("name"), e -> e.attr("value")));
        form.put("email", "not an address");
        WebClient.Response r = admin.post("/admin/clinic", form);
        assertEquals(422, r.status());
        assertTrue(r.problemFor("email").isPresent(), r.body());
        assertFalse(r.problemFor("phone").isPresent());
        assertArrayEquals(before, Files.readAllBytes(desk.desk().clinicProfile()));
        assertEquals(emailBefore, desk.desk().engine().clinic().email());
        try (var files = Files.list(desk.desk().clinicProfile().getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theSmtpPasswordGoesToAnOwnerOnlyFileNeverToTheDatabaseNorThePage() throws IOException {
        String secret = "smtp-secret-7f3a91";
        admin.get("/admin/smtp");
        WebClient.Response r = admin.post("/admin/smtp", Map.of("host", "smtp.example.com", "port", "587",
                "user", "desk@example.com", "starttls", "true", "password", secret));
        assertEquals(200, r.status(), r.body());
        Path file = Path.of(desk.desk().settings().get(Setting.SMTP_PASSWORD_FILE).orElseThrow());
        assertEquals(desk.dataDir.resolve("secrets/smtp-password").toAbsolutePath(), file);
        assertEquals(secret, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(desk.desk().settings().all().values().stream().anyMatch(v -> v.contains(secret)));
        assertEquals("587", desk.desk().settings().get(Setting.SMTP_PORT).orElseThrow());
        String page = admin.get("/admin/smtp").body();
        assertFalse(page.contains(secret));
        assertTrue(admin.get("/admin/smtp").page().select(".password-state").text().endsWith("set"));

        admin.get("/admin/smtp");
        WebClient.Response bad = admin.post("/admin/smtp", Map.of("host", "smtp.example.com", "port", "70000",
                "user", "", "password", ""));
        assertEquals(422, bad.status());
        assertTrue(bad.problemFor("port").isPresent());
        assertEquals("587", desk.desk().settings().get(Setting.SMTP_PORT).orElseThrow(), "nothing saved");
        assertEquals(secret, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateDirectoryThatIsNotAFolderIsRefusedAndAFolderIsUsed() throws IOException {
        Path notAFolder = desk.desk().clinicProfile();
        admin.get("/admin/templates");
        WebClient.Response r = admin.post("/admin/templates", Map.of("action", "set", "directory",
                notAFolder.toAbsolutePath().toString()));
        assertEquals(422, r.status());
        assertTrue(r.problemFor("directory").isPresent());
        assertTrue(desk.desk().settings().get(Setting.TEMPLATE_DIRECTORY).isEmpty());
        assertTrue(admin.get("/admin/templates").page().select(".templates-in-use").text().startsWith("The built-in"));

        Path folder = Files.createDirectories(desk.dataDir.resolve("clinic-templates"));
        admin.get("/admin/templates");
        WebClient.Response ok = admin.post("/admin/templates", Map.of("action", "set", "directory",
                folder.toAbsolutePath().toString()));
        assertEquals(200, ok.status(), ok.body());
        assertEquals(folder.toAbsolutePath().toString(), desk.desk().settings().get(Setting.TEMPLATE_DIRECTORY).orElseThrow());
        assertTrue(ok.page().select(".templates-in-use").text().contains(folder.toAbsolutePath().toString()));

        Path broken = Files.createDirectories(desk.dataDir.resolve("broken-templates"));
        Files.writeString(broken.resolve("consent.ftlx"), "<#if>");
        admin.get("/admin/templates");
        WebClient.Response refused = admin.post("/admin/templates", Map.of("action", "set", "directory",
                broken.toAbsolutePath().toString()));
        assertEquals(422, refused.status());
        assertTrue(refused.problemFor("directory").orElseThrow().startsWith("The documents cannot be made"));
        assertEquals(folder.toAbsolutePath().toString(), desk.desk().settings().get(Setting.TEMPLATE_DIRECTORY).orElseThrow(),
                "the folder in use stays");

        WebClient.Response cleared = admin.post("/admin/templates", Map.of("action", "clear"));
        assertEquals(200, cleared.status());
        assertTrue(desk.desk().settings().get(Setting.TEMPLATE_DIRECTORY).isEmpty());
    }

    @Test
    void theAdministratorUnlocksALockedAccountAndItsOwnPasswordWorksAgain() {
        StaffAccount locked = desk.account("locked-out", Role.FRONT_DESK);
        WebClient c = desk.anonymous();
        for (int i = 0; i < 5; i++) {
            c.get("/login");
            c.post("/login", Map.of("username", "locked-out", "password", "wrong " + i));
        }
        assertTrue(desk.desk().accounts().byId(locked.id()).orElseThrow().lockedAt(desk.clock.instant()));
        WebClient admin = desk.staff("unlocking-admin", Role.ADMINISTRATOR);
        admin.get("/admin/accounts");
        assertEquals(1, admin.get("/admin/accounts").page().select("form[action=/admin/accounts/" + locked.id()
                + "/unlock]").size(), "a locked account has an Unlock button");
        assertEquals(303, admin.post("/admin/accounts/" + locked.id() + "/unlock", Map.of()).status());
        c.get("/login");
        assertEquals(303, c.post("/login", Map.of("username", "locked-out", "password", FrontDeskUnderTest.PASSWORD)).status());
    }
}
