package org.smpdocs.internal.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;

/** Says in plain words what kind of JSON value a target type expects. */
final class TypeNames {
    private TypeNames() {
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + String.join(", ", KebabCaseEnums.spellings(type));
        }
        if (type == LocalDate.class) {
            return "a date written as YYYY-MM-DD, from " + StrictTimes.FIRST_YEAR + " on";
        }
        if (type == LocalTime.class) {
            return "a time written as HH:MM";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
