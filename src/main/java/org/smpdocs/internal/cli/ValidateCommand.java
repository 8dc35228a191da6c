package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.internal.input.InputReader;
import org.smpdocs.internal.render.pdf.FontCoverage;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code smp-docs validate}: checks the clinic profile and each case, including the screening
 * answers that would stop a consent form, and lists every problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the clinic profile and case files; list every problem.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // read as the engine reads: text must be printable by the bundled fonts
        InputReader reader = new InputReader(FontCoverage::covers);
        Clinic clinic = reader.readProfile(inputs.clinic).clinic();
        int invalid = 0;
        for (Path file : inputs.cases) {
            String name = String.valueOf(file.getFileName());
            try {
                PatientCase c = reader.readCase(file, clinic);
                List<Problem> consent = reader.consentProblems(c, clinic);
                if (consent.isEmpty()) {
                    stdout.println(Shown.text(name) + ": ok");
                    continue;
                }
                throw new InvalidInputException(name, consent);
            } catch (InvalidInputException e) {
                invalid++;
                ProblemReport.print(stderr, name, e.problems());
            }
        }
        stdout.printf(Locale.ROOT, "%d of %d case%s valid%n", inputs.cases.size() - invalid, inputs.cases.size(),
                inputs.cases.size() == 1 ? "" : "s");
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
