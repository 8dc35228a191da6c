package org.smpdocs.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The two invocations of an {@link OnBothDatabases} test: SQLite in a new temporary data directory,
 * and PostgreSQL in a new database of one server shared by the whole run (started at its first use,
 * stopped when the run ends).
 */
final class BothDatabases implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);


    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Invocation(Database.Vendor.SQLITE), new Invocation(Database.Vendor.POSTGRESQL));
    }

    private static StoreUnderTest.Location location(Database.Vendor vendor, ExtensionContext context)
            throws IOException, SQLException {
        if (vendor == Database.Vendor.SQLITE) {
            Path dir = Files.createTempDirectory("smp-docs-store");
            return new StoreUnderTest.Location(vendor, () -> Database.embedded(dir.resolve("data")), dir);
        }
        PostgresServer server = SharedPostgres.server(context);
        String url = server.newDatabase();
        return new StoreUnderTest.Location(vendor, () -> Database.postgres(url, PostgresServer.USER, server.password()), null);
    }

    private record Invocation(Database.Vendor vendor) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return vendor == Database.Vendor.SQLITE ? "SQLite" : "PostgreSQL";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Available(vendor), new Resolver(vendor));
        }
    }

    private record Available(Database.Vendor vendor) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> why = vendor == Database.Vendor.POSTGRESQL ? PostgresServer.unavailable() : Optional.empty();
            return why.map(w -> ConditionEvaluationResult.disabled("skipped on PostgreSQL: " + w))
                    .orElse(ConditionEvaluationResult.enabled(vendor + " is here"));
        }
    }

    private record Resolver(Database.Vendor vendor) implements ParameterResolver, AfterEachCallback {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == StoreUnderTest.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            try {
                StoreUnderTest store = new StoreUnderTest(location(vendor, context));
                context.getStore(NAMESPACE).put(StoreUnderTest.class, store);
                return store;
            } catch (IOException | SQLException e) {
                throw new ParameterResolutionException("no " + vendor + " database for the test", e);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            StoreUnderTest store = context.getStore(NAMESPACE).remove(StoreUnderTest.class, StoreUnderTest.class);
            if (store != null) {
                store.close();
            }
        }
    }
}
