package org.masar.access.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Replaces Spring Boot's transaction manager with one that names the acting user to PostgreSQL at the start of each
 * transaction, so that row-level security can enforce the restricted-record rule in the database too.
 */
@Configuration(proxyBeanMethods = false)
class RowSecurityConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(
            DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers) {
        UserAwareTransactionManager manager = new UserAwareTransactionManager(dataSource);
        customizers.ifAvailable(all -> all.customize(manager));
        return manager;
    }
}
