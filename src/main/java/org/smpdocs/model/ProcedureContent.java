package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The clinical wording the clinic reviews with its lawyers and doctors: what SMP is, what to
 * expect, benefits, candidates, drawbacks, alternatives, aftercare (with how a medicine pause is worded and whom
 * to call when something is wrong) and what each signer attests. It is data, versioned by
 * {@code version}, so a clinic changes wording without touching code or templates.
 */
public record ProcedureContent(
        @NotBlank String version,
        @NotEmpty List<@NotBlank String> description,
        @NotEmpty List<@NotBlank String> whatToExpect,
        @NotEmpty List<@NotBlank String> benefits,
        @NotEmpty List<@NotBlank String> candidates,
        @NotEmpty @UniqueDrawbackIds List<@NotNull @Valid Drawback> drawbacks,
        @NotEmpty List<@NotNull @Valid Alternative> alternatives,
        @NotEmpty List<@NotNull @Valid AftercareStep> aftercare,
        @NotNull @Valid FollowUp followUp,
        @NotNull @Valid MedicinePauseWording medicinePause,
        @NotEmpty List<@NotNull @Valid UrgentContact> urgentHelp,
        @NotNull @Valid Attestations attestations) {

    public ProcedureContent {
        description = Lists.frozen(description);
        whatToExpect = Lists.frozen(whatToExpect);
        benefits = Lists.frozen(benefits);
        candidates = Lists.frozen(candidates);
        drawbacks = Lists.frozen(drawbacks);
        alternatives = Lists.frozen(alternatives);
        aftercare = Lists.frozen(aftercare);
        urgentHelp = Lists.frozen(urgentHelp);
    }
}
