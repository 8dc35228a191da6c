package org.smpdocs.model;

import jakarta.validation.Valid;

/**
 * Why a minor is treated and under whose direction, where the clinic's {@link MinorRules} ask for
 * it: the medical reason and the doctor who directs the treatment. Each part the rules require
 * is checked by {@link MinorsAsTheClinicRequires}.
 */
public record MinorTreatment(String medicalReason, @Valid Doctor directingDoctor) {
}
