package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;

/** A part of the front desk (login, cases, documents, audit, administration) and its routes. */
interface WebModule {
    /** Adds this part's routes, each with the {@link Allowed} roles that may use it. */
    void routes(RoutesConfig routes);
}
