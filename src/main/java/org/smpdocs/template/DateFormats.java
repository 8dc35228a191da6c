package org.smpdocs.template;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How templates print dates and times, in the document's language: {@code ${fmt.day(d)}} gives
 * "Fri 27 Nov 2026". Immutable and thread-safe.
 */
public final class DateFormats {
    private final DateTimeFormatter day;
    private final DateTimeFormatter longDay;
    private final DateTimeFormatter month;
    private final DateTimeFormatter time;

    public DateFormats(Locale locale) {
        day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        longDay = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** "Fri 27 Nov 2026". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "Friday 27 November 2026". */
    public String longDay(LocalDate date) {
        return longDay.format(date);
    }

    /** "November 2028". */
    public String month(LocalDate date) {
        return month.format(date);
    }

    /** "09:30". */
    public String time(LocalTime value) {
        return time.format(value);
    }

    /** "3 h 45 min". */
    public String duration(Duration d) {
        long h = d.toHours();
        int m = d.toMinutesPart();
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
