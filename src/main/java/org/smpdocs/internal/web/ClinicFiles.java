package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.smpdocs.SmpDocs;

/**
 * Puts a clinic profile into the data directory at the first start: the profile is checked by
 * building an engine from it (its problems are thrown as for the CLI), then copied with the logo
 * it names, which must lie in the profile's own folder.
 */
final class ClinicFiles {
    private ClinicFiles() {
    }

    static void install(Path source, Path clinicDir) {
        SmpDocs.builder().clinicProfile(source).build();
        try {
            Path folder = source.toAbsolutePath().getParent();
            Files.createDirectories(clinicDir);
            JsonNode logo = new ObjectMapper().readTree(source.toFile()).get("logo");
            if (logo != null && logo.isTextual()) {
                Path from = folder.resolve(logo.asText()).normalize();
                Path to = clinicDir.resolve(logo.asText()).normalize();
                if (!from.startsWith(folder) || !to.startsWith(clinicDir)) {
                    throw new IllegalArgumentException("the clinic profile's logo lies outside its folder");
                }
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(source, clinicDir.resolve(FrontDesk.CLINIC_PROFILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the clinic profile into the data directory", e);
        }
    }
}
