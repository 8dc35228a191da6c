package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Dates as "YYYY-MM-DD" and times as "HH:MM", as strings and nothing else: no arrays, no
 * timestamps, no time of day on a date, no seconds, no 30 February. A malformed value goes to
 * the problem handler, so it is reported with its path and the parse goes on.
 */
final class StrictTimes extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final int FIRST_YEAR = 1900;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    StrictTimes() {
        super("strict-times");
        addDeserializer(LocalDate.class, new Deserializer<>(LocalDate.class, StrictTimes::date));
        addDeserializer(LocalTime.class, new Deserializer<>(LocalTime.class, s -> LocalTime.parse(s, TIME)));
        addSerializer(LocalDate.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
        addSerializer(LocalTime.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<LocalTime>(LocalTime.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(LocalTime value, com.fasterxml.jackson.core.JsonGenerator gen,
                    com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
                gen.writeString(TIME.format(value));
            }
        });
    }

    /**
     * Four digits for the year, from {@value #FIRST_YEAR} on: no year 0000, no sign, no fifth
     * digit. Earlier dates are no one's birth date or treatment date now living.
     */
    private static LocalDate date(String text) {
        if (!DATE_FORM.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        LocalDate date = LocalDate.parse(text, DATE);
        if (date.getYear() < FIRST_YEAR) {
            throw new DateTimeParseException("year before " + FIRST_YEAR, text, 0);
        }
        return date;
    }

    private static final class Deserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        Deserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "malformed");
            }
        }
    }
}
