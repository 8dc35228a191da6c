package org.smpdocs.internal.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads: the clinic profile and case files. */
final class InputOptions {
    @Option(names = "--clinic", required = true, paramLabel = "FILE", description = "The clinic profile (JSON).")
    Path clinic;

    @Parameters(paramLabel = "CASE", arity = "1..*", description = "Case files (JSON), one per patient.")
    List<Path> cases;
}
