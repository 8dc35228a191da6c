/**
 * The front desk's database: staff accounts with roles and Argon2id password hashes, cases as
 * versions of their canonical JSON with drafts beside them, the access log (ids and actions only)
 * and the administrator's settings. An embedded SQLite file in the data directory by default,
 * PostgreSQL for a clinic group; the schema is migrated by Flyway when the database is opened,
 * and every repository is plain SQL through Jdbi, the same on both. Start at
 * {@link org.smpdocs.internal.store.Database}. Internal: not part of the library's API.
 */
package org.smpdocs.internal.store;
