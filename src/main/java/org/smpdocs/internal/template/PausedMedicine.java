package org.smpdocs.internal.template;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.smpdocs.model.MedicinePause;
import org.smpdocs.model.TreatmentSession;

/**
 * A medicine pause of the plan as it applies after one session: the patient may use
 * {@code medicine} again from {@code untilTime} on {@code untilDate}, which is the session's end
 * plus {@code hoursAfter} hours on the clinic's wall clock (a change to or from summer time does
 * not move it). {@code hoursBefore} is how long before the next session to stop.
 */
public record PausedMedicine(String medicine, int hoursBefore, int hoursAfter, LocalDate untilDate, LocalTime untilTime) {

    static PausedMedicine of(MedicinePause pause, TreatmentSession session) {
        LocalDateTime until = LocalDateTime.of(session.date(), session.end()).plusHours(pause.hoursAfter());
        return new PausedMedicine(pause.medicine(), pause.hoursBefore(), pause.hoursAfter(), until.toLocalDate(),
                until.toLocalTime());
    }
}
