package org.smpdocs.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of a case's pages: by case id, never by anything else about the patient. */
final class CasePaths {
    private CasePaths() {
    }

    /** {@code /cases/<id>}. */
    static String of(String caseId) {
        return "/cases/" + URLEncoder.encode(caseId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code /cases/<id>/<rest>}. */
    static String of(String caseId, String rest) {
        return of(caseId) + "/" + rest;
    }
}
