package org.smpdocs.internal.template;

import java.time.LocalDate;
import org.smpdocs.model.AftercareStep;

/**
 * An aftercare step with its calendar dates, for templates. The session day is day 0: a step of
 * N days applies up to and including {@code until} = session date + N days (of N months: + N
 * calendar months, the last day of the month when that month is shorter), and it is fine again
 * from {@code resumeOn}, the day after. An ongoing step (no duration) has neither date (both null)
 * and an empty {@code resume}. {@code detail} is empty when the clinic gives none.
 */
public record DatedStep(String instruction, String detail, String resume, LocalDate until, LocalDate resumeOn) {

    static DatedStep of(AftercareStep step, LocalDate sessionDate) {
        LocalDate until = step.days() != null ? sessionDate.plusDays(step.days())
                : step.months() != null ? sessionDate.plusMonths(step.months()) : null;
        return new DatedStep(step.instruction(), orEmpty(step.detail()), orEmpty(step.resume()), until,
                until == null ? null : until.plusDays(1));
    }

    /** Whether the step has dates; an ongoing step has none. */
    public boolean dated() {
        return until != null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
