package org.smpdocs.internal.web;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.store.Setting;

/**
 * The clinic profile's contact details as the administrator edits them: phone, e-mail, website
 * and the postal address. Saving changes only those fields of {@code clinic.json} (every other
 * field stays as it is), writes the result beside it, builds an engine from it, and only then
 * moves it over the profile and rebuilds the engine in use; problems come back by field. Saves
 * run one at a time.
 */
final class ClinicContact {
    /** The form's fields: the profile's top-level contact fields, then the address's. */
    static final List<String> FIELDS = List.of("phone", "email", "website", "line1", "line2", "city", "region",
            "postalCode", "country");
    private static final Set<String> TOP = Set.of("phone", "email", "website");
    private static final Set<String> OPTIONAL = Set.of("website", "line2", "region");
    private static final int MAX_LENGTH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FrontDesk desk;

    ClinicContact(FrontDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** What a save came to: saved, or the problems by field and those of no field of the form. */
    record Outcome(boolean saved, Map<String, String> errors, List<String> other) {
    }

    /** The contact details as the profile has them now. */
    Map<String, String> current() {
        ObjectNode profile = read();
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode address = profile.path("address");
        for (String field : FIELDS) {
            JsonNode value = TOP.contains(field) ? profile.path(field) : address.path(field);
            form.put(field, value.isTextual() ? value.asText() : "");
        }
        return form;
    }

    synchronized Outcome save(Map<String, String> form) {
        Map<String, String> errors = new HashMap<>();
        for (String field : FIELDS) {
            String value = form.getOrDefault(field, "");
            if (value.length() > MAX_LENGTH || value.codePoints().anyMatch(Character::isISOControl)) {
                errors.put(field, "Give at most " + MAX_LENGTH + " characters on one line.");
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(false, errors, List.of());
        }
        ObjectNode profile = read();
        JsonNode addressNode = profile.get("address");
        ObjectNode address = addressNode instanceof ObjectNode o ? o : profile.putObject("address");
        for (String field : FIELDS) {
            ObjectNode target = TOP.contains(field) ? profile : address;
            String value = form.getOrDefault(field, "");
            if (value.isEmpty() && OPTIONAL.contains(field)) {
                target.remove(field);
            } else {
                target.put(field, value);
            }
        }
        Path file = desk.clinicProfile();
        Path temp = file.resolveSibling("." + FrontDesk.CLINIC_PROFILE + "." + StaffSessions.randomToken() + ".tmp");
        try {
            Files.writeString(temp, JSON.writer(printer()).writeValueAsString(profile) + "\n", StandardCharsets.UTF_8);
            List<String> other = new ArrayList<>();
            try {
                SmpDocs.builder().clinicProfile(temp).templateDirectory(templates()).clock(desk.clock()).build();
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    String field = field(p.path());
                    String words = "Give " + p.expected() + ".";
                    if (field == null) {
                        other.add(p.path() + ": " + words);
                    } else {
                        errors.merge(field, words, (a, b) -> a + " " + b);
                    }
                }
            } catch (SmpDocsException e) {
                other.add(AdminSettingsPages.words(e));
            }
            if (!errors.isEmpty() || !other.isEmpty()) {
                return new Outcome(false, errors, other);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clinic profile", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden temporary file beside the profile
            }
        }
        desk.reloadEngine();
        return new Outcome(true, Map.of(), List.of());
    }

    /** The form field a problem's path names, or null for a path outside the form. */
    static String field(String path) {
        String name = path.startsWith("address.") ? path.substring("address.".length()) : path;
        boolean address = !name.equals(path);
        return FIELDS.contains(name) && address != TOP.contains(name) ? name : null;
    }

    private Path templates() {
        return desk.settings().get(Setting.TEMPLATE_DIRECTORY).map(Path::of).orElse(null);
    }

    private ObjectNode read() {
        try {
            JsonNode node = JSON.readTree(desk.clinicProfile().toFile());
            if (!(node instanceof ObjectNode profile)) {
                throw new IllegalStateException("the clinic profile is not a JSON object");
            }
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the clinic profile", e);
        }
    }

    /** Two spaces, "name": value, one array item a line, a closing line end: as the sample profile is written. */
    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return p;
    }
}
