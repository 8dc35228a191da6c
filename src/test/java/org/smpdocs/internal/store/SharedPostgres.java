package org.smpdocs.internal.store;

import java.io.IOException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one PostgreSQL server of a test run, started at its first use and stopped when the run ends;
 * a test that takes a {@link PostgresServer} parameter gets it, and is skipped (saying why) where
 * PostgreSQL is not installed.
 */
final class SharedPostgres implements ParameterResolver, ExecutionCondition {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPostgres.class);

    static PostgresServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresServer.class, k -> {
            try {
                return PostgresServer.start();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL is installed but did not start: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, PostgresServer.class);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return PostgresServer.unavailable().map(w -> ConditionEvaluationResult.disabled("skipped on PostgreSQL: " + w))
                .orElse(ConditionEvaluationResult.enabled("PostgreSQL is installed"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }
}
