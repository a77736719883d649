package org.masar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What PostgreSQL refuses the application's own role (the role the tests' {@link JdbcClient} connects as). */
public final class ApplicationRole {

    private ApplicationRole() {}

    /** Each statement is refused for want of a privilege, whatever the code above the database would do. */
    public static void isRefused(JdbcClient asTheApplication, List<String> statements) {
        for (String statement : statements) {
            assertThatThrownBy(() -> asTheApplication.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }
}
