package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The clinical wording the clinic reviews with its lawyers and doctors: what SMP is, that it is
 * permanent, what to expect and what results it can promise, benefits, candidates, the health
 * questions and what a yes means for the patient, the patch test, drawbacks, alternatives, hygiene,
 * fees, the consent choices, the privacy notice, aftercare (with how a medicine pause is worded and
 * whom to call when something is wrong) and what each signer attests. It is data, versioned by
 * {@code version}, so a clinic changes wording without touching code or templates.
 */
@KnownConditions
public record ProcedureContent(
        @NotBlank String version,
        @NotEmpty List<@NotBlank String> description,
        @NotEmpty List<@NotBlank String> whatToExpect,
        @NotEmpty List<@NotBlank String> benefits,
        @NotEmpty List<@NotBlank String> candidates,
        @NotEmpty List<@NotBlank String> permanence,
        @NotEmpty List<@NotBlank String> results,
        @NotEmpty @UniqueIds List<@NotNull @Valid HealthQuestion> healthQuestions,
        @NotNull List<@NotNull @Valid PersonalNote> forYou,
        @NotEmpty List<@NotBlank String> patchTest,
        @NotEmpty @UniqueIds List<@NotNull @Valid Drawback> drawbacks,
        @NotEmpty List<@NotNull @Valid Alternative> alternatives,
        @NotEmpty List<@NotBlank String> hygiene,
        @NotEmpty List<@NotBlank String> fees,
        @NotEmpty List<@NotBlank String> choicesIntro,
        @NotEmpty @UniqueIds List<@NotNull @Valid ConsentChoice> choices,
        @NotEmpty List<@NotBlank String> privacy,
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
        permanence = Lists.frozen(permanence);
        results = Lists.frozen(results);
        healthQuestions = Lists.frozen(healthQuestions);
        forYou = Lists.frozen(forYou);
        patchTest = Lists.frozen(patchTest);
        drawbacks = Lists.frozen(drawbacks);
        hygiene = Lists.frozen(hygiene);
        fees = Lists.frozen(fees);
        choicesIntro = Lists.frozen(choicesIntro);
        choices = Lists.frozen(choices);
        privacy = Lists.frozen(privacy);
        alternatives = Lists.frozen(alternatives);
        aftercare = Lists.frozen(aftercare);
        urgentHelp = Lists.frozen(urgentHelp);
    }
}
