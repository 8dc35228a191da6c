package org.smpdocs.internal.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test twice, on an embedded SQLite database and on a PostgreSQL database, each new and
 * empty; the test takes a {@link StoreUnderTest} parameter. The PostgreSQL run is skipped, saying
 * why, where PostgreSQL is not installed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
@interface OnBothDatabases {
}
