package org.masar.people.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The profile refresh as a db-scheduler task (clustered through {@code scheduled_tasks}): it runs at start and then
 * hourly, and finds nothing to do once every person is of the current encoding.
 * {@code masar.people.profile-refresh.enabled=false} leaves it out (the tests drive {@link ProfileRefresh} themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "masar.people.profile-refresh.enabled", havingValue = "true", matchIfMissing = true)
class ProfileRefreshTask {

    static final String NAME = "people-profile-refresh";

    @Bean
    RecurringTask<Void> peopleProfileRefresh(
            ProfileRefresh refresh, @Value("${masar.people.profile-refresh.budget:PT10M}") Duration budget) {
        return Tasks.recurring(NAME, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> refresh.run(budget));
    }
}
