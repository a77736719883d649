package org.masar.access.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.masar.access.CurrentUser;
import org.masar.access.SystemIdentity;
import org.masar.shared.Actor;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every database transaction by telling PostgreSQL who acts in it: {@code set_config('masar.user_id', id,
 * true)} with the signed-in user's account id, local to the transaction. Row-level security policies read it through
 * {@code access_current_user()}. While the system identity acts ({@link org.masar.access.SystemIdentity}), it is
 * the system identity's id. With nobody signed in, or outside a transaction, the setting stays empty and no restricted
 * row is visible (fail closed).
 */
class UserAwareTransactionManager extends JdbcTransactionManager {

    private static final String SET_ID = "SELECT set_config('masar.user_id', ?, true)";

    // A principal this module did not make (a test's) names the account only: the id is looked up by username in the
    // same statement, one round trip. An unknown name sets an empty value.
    private static final String SET_USER = """
            SELECT set_config('masar.user_id',
                              coalesce((SELECT id::text FROM access_user WHERE lower(username) = lower(?)), ''),
                              true)
            """;

    // Reading the security context may load it lazily from the HTTP session, which Spring Session keeps in PostgreSQL
    // and reads in a transaction of its own: that inner transaction must not ask for the context again.
    private static final ThreadLocal<Boolean> PREPARING = ThreadLocal.withInitial(() -> false);

    UserAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (PREPARING.get()) {
            return;
        }
        boolean system;
        Optional<CurrentUser> current;
        Optional<String> username;
        PREPARING.set(true);
        try {
            system = SystemPrincipal.isActing();
            current = CurrentUser.find();
            username = Actor.username();
        } finally {
            PREPARING.remove();
        }
        if (system || current.isPresent()) {
            try (PreparedStatement statement = connection.prepareStatement(SET_ID)) {
                statement.setString(
                        1, (system ? SystemIdentity.ID : current.get().id()).toString());
                statement.execute();
            }
        } else if (username.isPresent()) {
            try (PreparedStatement statement = connection.prepareStatement(SET_USER)) {
                statement.setString(1, username.get());
                statement.execute();
            }
        }
    }
}
