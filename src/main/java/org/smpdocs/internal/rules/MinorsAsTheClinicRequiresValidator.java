package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.Doctor;
import org.smpdocs.model.MinorRules;
import org.smpdocs.model.MinorTreatment;
import org.smpdocs.model.MinorsAsTheClinicRequires;
import org.smpdocs.model.PatientCase;

/** Checks {@link MinorsAsTheClinicRequires}; each missing item is reported at its own field. */
public final class MinorsAsTheClinicRequiresValidator implements ConstraintValidator<MinorsAsTheClinicRequires, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        Clinic clinic = Violations.clinic(context);
        if (clinic == null || clinic.minors() == null || !clinic.minors().appliesTo(c) || c.consent().signers() == null) {
            return true;
        }
        MinorRules rules = clinic.minors();
        String under = "for a patient under " + rules.ageOfMajority() + " (the clinic's rule for minors)";
        MinorTreatment treatment = c.consent().minor();
        Doctor doctor = treatment == null ? null : treatment.directingDoctor();
        boolean valid = true;
        if (rules.medicalReasonRequired() && (treatment == null || blank(treatment.medicalReason()))) {
            Violations.at(context, "the medical reason for the treatment " + under, "consent", "minor", "medicalReason");
            valid = false;
        }
        if (rules.directingDoctorRequired() && (doctor == null || blank(doctor.name()))) {
            Violations.at(context, "the name of the doctor who directs the treatment " + under,
                    "consent", "minor", "directingDoctor", "name");
            valid = false;
        }
        if (rules.directingDoctorRequired() && (doctor == null || blank(doctor.registrationNumber()))) {
            Violations.at(context, "the directing doctor's registration number " + under,
                    "consent", "minor", "directingDoctor", "registrationNumber");
            valid = false;
        }
        return valid;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
