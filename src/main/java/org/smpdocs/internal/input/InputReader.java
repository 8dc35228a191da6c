package org.smpdocs.internal.input;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.ConsentChecks;
import org.smpdocs.model.PatientCase;

/**
 * Reads and validates clinic profiles and case files. A file with any problem is rejected as a
 * whole with an {@link InvalidInputException} that lists all of them; a returned record is valid.
 * Thread-safe: build one and share it.
 *
 * <pre>{@code
 * InputReader input = new InputReader();
 * Clinic clinic = input.readClinic(Path.of("samples/clinic.json"));
 * PatientCase c = input.readCase(Path.of("samples/cases/norwood6-density.json"), clinic);
 * }</pre>
 */
public final class InputReader {
    private final StrictJson json;
    private final ConstraintChecks constraints = new ConstraintChecks();

    /** A reader that takes any character as printable. */
    public InputReader() {
        this(cp -> true);
    }

    /**
     * A reader for documents that can print the code points {@code printable} accepts: text with
     * any other is a problem at its field ({@code unprintable-character}).
     */
    public InputReader(IntPredicate printable) {
        this.json = new StrictJson(printable);
    }

    /** Reads a clinic profile, without its logo (see {@link #readProfile}). */
    public Clinic readClinic(Path file) {
        return readClinic(file.getFileName().toString(), bytes(file));
    }

    /**
     * Reads a clinic profile and the logo it names, relative to the profile: a logo outside the
     * profile's folder, not a regular file, not a PNG or JPEG by its content, or beyond the size
     * limits is a problem at {@code logo}, reported with the profile's other problems. The logo is
     * handed on as a PNG of its decoded pixels, never as the bytes of the file.
     */
    public ClinicProfile readProfile(Path file) {
        String source = file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        Clinic clinic = json.read(bytes(file), Clinic.class, problems);
        if (clinic != null) {
            problems = merge(problems, ConstraintChecks.check(constraints.forClinic(null), clinic));
        }
        byte[] logo = null;
        if (clinic != null && clinic.logo() != null && !clinic.logo().isBlank()
                && problems.stream().noneMatch(p -> p.path().equals("logo"))) {
            logo = ClinicLogo.read(file, clinic.logo(), problems);
        }
        return new ClinicProfile(accept(source, clinic, problems), logo);
    }

    /**
     * Reads a signing record and the images it names (see {@link SigningRecord}).
     *
     * @throws InvalidInputException naming the file and every problem in it
     */
    public SigningRecord readSigningRecord(Path file) {
        return SigningRecord.read(file, json, bytes(file));
    }

    /** Reads a clinic profile; {@code source} names it in errors. */
    public Clinic readClinic(String source, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        Clinic clinic = json.read(content, Clinic.class, problems);
        if (clinic != null) {
            problems = merge(problems, ConstraintChecks.check(constraints.forClinic(null), clinic));
        }
        return accept(source, clinic, problems);
    }

    /** Checks a clinic record built in code; throws like {@link #readClinic} when it is invalid. */
    public Clinic readClinicRecord(Clinic clinic) {
        return accept("clinic profile", clinic, ConstraintChecks.check(constraints.forClinic(null), clinic));
    }

    /** Reads a case file and checks it against the clinic's rules. */
    public PatientCase readCase(Path file, Clinic clinic) {
        return readCase(file.getFileName().toString(), bytes(file), clinic);
    }

    /** Reads a case file; {@code source} names it in errors. */
    public PatientCase readCase(String source, byte[] content, Clinic clinic) {
        List<Problem> problems = new ArrayList<>();
        PatientCase c = json.read(content, PatientCase.class, problems);
        if (c != null) {
            problems = merge(problems, ConstraintChecks.check(validator(clinic), c));
        }
        return accept(source, c, problems);
    }

    /**
     * The problems that stop a consent form for a valid case: screening answers that rule the
     * procedure out. Empty when a consent may be issued.
     */
    public List<Problem> consentProblems(PatientCase c, Clinic clinic) {
        return ConstraintChecks.check(validator(clinic), c, ConsentChecks.class);
    }

    /** The problems of a case record built in code (a case read by this reader has none). */
    public List<Problem> caseProblems(PatientCase c, Clinic clinic) {
        return ConstraintChecks.check(validator(clinic), c);
    }

    /** Every problem of a valid case, the consent rules included: what {@code validate} reports. */
    public List<Problem> allProblems(PatientCase c, Clinic clinic) {
        return ConstraintChecks.check(validator(clinic), c, Default.class, ConsentChecks.class);
    }

    private Validator validator(Clinic clinic) {
        return constraints.forClinic(clinic);
    }

    /**
     * Parse problems come first; a validation problem at or under a path that already failed to
     * parse says nothing new (the value there is a placeholder) and is dropped.
     */
    private static List<Problem> merge(List<Problem> parse, List<Problem> validation) {
        List<Problem> all = new ArrayList<>(parse);
        for (Problem v : validation) {
            boolean covered = parse.stream().anyMatch(p -> v.path().equals(p.path())
                    || v.path().startsWith(p.path() + ".") || v.path().startsWith(p.path() + "["));
            if (!covered) {
                all.add(v);
            }
        }
        return all;
    }

    /**
     * The value, or an exception listing the problems: all of them up to {@link Limits#PROBLEMS_LISTED},
     * then one that counts the rest, so a file of a hundred thousand unknown keys is one screen.
     */
    private static <T> T accept(String source, T value, List<Problem> problems) {
        if (problems.isEmpty()) {
            return value;
        }
        List<Problem> sorted = new ArrayList<>(problems.stream().sorted(ConstraintChecks.ORDER).toList());
        if (sorted.size() > Limits.PROBLEMS_LISTED) {
            int more = sorted.size() - Limits.PROBLEMS_LISTED;
            sorted = new ArrayList<>(sorted.subList(0, Limits.PROBLEMS_LISTED));
            sorted.add(new Problem("", "too-many-problems", "at most " + Limits.PROBLEMS_LISTED
                    + " problems listed; " + more + " more are not shown"));
        }
        throw new InvalidInputException(source, sorted);
    }

    /** The file's bytes, within {@link Limits#FILE_BYTES}; a file that cannot be read is a problem. */
    private static byte[] bytes(Path file) {
        return InputFiles.read(file, "", Limits.FILE_BYTES, "JSON file");
    }
}
