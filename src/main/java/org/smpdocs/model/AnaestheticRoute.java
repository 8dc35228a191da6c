package org.smpdocs.model;

/**
 * How an anaesthetic was given. JSON spells them in kebab case: "topical-cream", "topical-gel",
 * "topical-spray", "local-injection".
 */
public enum AnaestheticRoute {
    TOPICAL_CREAM, TOPICAL_GEL, TOPICAL_SPRAY, LOCAL_INJECTION
}
