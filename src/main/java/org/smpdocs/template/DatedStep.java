package org.smpdocs.template;

import java.time.LocalDate;
import org.smpdocs.model.AftercareStep;

/** An aftercare step with the calendar date it holds until (null when it has no end date). */
public record DatedStep(String instruction, LocalDate until, String detail) {

    static DatedStep of(AftercareStep step, LocalDate sessionDate) {
        LocalDate until = step.days() == null ? null : sessionDate.plusDays(step.days());
        return new DatedStep(step.instruction(), until, step.detail() == null ? "" : step.detail());
    }

    public boolean dated() {
        return until != null;
    }
}
