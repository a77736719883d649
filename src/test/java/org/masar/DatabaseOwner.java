package org.masar;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A connection as the database owner (the superuser of the test's embedded PostgreSQL), for tests that must step
 * around the application role on purpose: tampering with the audit trail, or comparing what row-level security hides.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {}

    public static JdbcClient jdbc(Environment environment) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getProperty("spring.flyway.password", ""));
        return JdbcClient.create(owner);
    }
}
