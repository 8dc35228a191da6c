package org.smpdocs.internal.template;

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
    private final DateTimeFormatter plain;
    private final Locale locale;

    public DateFormats(Locale locale) {
        day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        longDay = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        time = DateTimeFormatter.ofPattern("HH:mm", locale);
        plain = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.locale = locale;
    }

    /** "Fri 27 Nov 2026". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "18 Jun 2009": a date that is not a day of the diary, such as a date of birth. */
    public String date(LocalDate date) {
        return date.format(plain);
    }

    /**
     * The name of a language in the document's language: "Czech" for {@code cs}. A tag the JDK
     * cannot name is shown as it was given.
     */
    public String language(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayName(locale);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
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
