package org.smpdocs.internal.cli;

import java.nio.file.Path;
import org.smpdocs.PaperSize;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsBuilder;
import picocli.CommandLine.Option;

/**
 * The records archive and the engine's settings as when its documents were issued: what
 * {@code reissue} and {@code sign} need to render an archived document again.
 */
final class AsIssuedOptions {
    @Option(names = "--archive", required = true, paramLabel = "DIR", description = "The records archive.")
    Path archive;

    @Option(names = "--clinic", required = true, paramLabel = "FILE", description = "The clinic profile (JSON).")
    Path clinic;

    @Option(names = "--templates", paramLabel = "DIR", description = "The clinic's own templates, as when issued.")
    Path templates;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4", description = "Page size, as when issued.")
    PaperSize paper;

    /** A builder of an engine with these settings. */
    SmpDocsBuilder engine() {
        return SmpDocs.builder().clinicProfile(clinic).templateDirectory(templates).paper(paper);
    }
}
