package org.smpdocs.model;

/**
 * A fact about a case that clinic wording can be keyed on ({@link PersonalNote#when()}), besides a
 * yes to a health question: scars on the scalp (in the history or an area to treat), an earlier
 * hair transplant, allergies, medicines, hair worn long, a patient under the age of majority.
 */
public enum CaseFact {
    SCARS, PREVIOUS_TRANSPLANT, ALLERGIES, MEDICATIONS, HAIR_WORN_LONG, MINOR;

    /** Whether the fact holds for the case; {@code minor} is whether the clinic's minor rules apply. */
    public boolean holds(PatientCase c, boolean minor) {
        MedicalHistory h = c.patient().history();
        return switch (this) {
            case SCARS -> !h.scars().isEmpty() || c.plan().areas().contains(TreatmentArea.SCAR);
            case PREVIOUS_TRANSPLANT -> h.previousTransplant() != null;
            case ALLERGIES -> !h.allergies().isEmpty();
            case MEDICATIONS -> !h.medications().isEmpty();
            case HAIR_WORN_LONG -> Boolean.TRUE.equals(c.plan().hairWornLong());
            case MINOR -> minor;
        };
    }

    /** The spelling in clinic content: {@code previous-transplant}. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
