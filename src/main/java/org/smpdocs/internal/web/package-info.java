/**
 * The front desk in a browser ({@code serve}): a Javalin server whose pages FreeMarker renders on
 * the server, with staff sessions, roles checked for every route, CSRF tokens on every form and a
 * Content-Security-Policy without inline script. It calls the facade, {@code store},
 * {@code mail} and {@code archive}; it never renders a document itself.
 */
package org.smpdocs.internal.web;
