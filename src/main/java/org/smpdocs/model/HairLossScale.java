package org.smpdocs.model;

import java.util.List;

/** The classification a hair-loss grade belongs to, with the grades it allows. */
public enum HairLossScale {
    /** Male pattern loss, Norwood–Hamilton. */
    NORWOOD(List.of("1", "2", "2A", "3", "3A", "3V", "4", "4A", "5", "5A", "5V", "6", "7")),
    /** Female diffuse thinning, Ludwig. */
    LUDWIG(List.of("I", "II", "III"));

    private final List<String> grades;

    HairLossScale(List<String> grades) {
        this.grades = grades;
    }

    public List<String> grades() {
        return grades;
    }
}
