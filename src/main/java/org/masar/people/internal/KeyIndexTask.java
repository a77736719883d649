package org.masar.people.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Removes, every hour, the changes of blocking keys listed longer than {@link KeyIndex#CHANGES_KEPT}: every node has
 * read them long since, or reads its index whole. Clustered through db-scheduler, so one node does it.
 * {@code masar.people.key-changes-prune.enabled=false} leaves it out (the tests call {@link KeyIndex#prune}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "masar.people.key-changes-prune.enabled", havingValue = "true", matchIfMissing = true)
class KeyIndexTask {

    private static final Logger LOG = LoggerFactory.getLogger(KeyIndexTask.class);

    static final String NAME = "people-match-key-changes-prune";

    @Bean
    RecurringTask<Void> peopleMatchKeyChangesPrune(KeyIndex index, Clock clock) {
        return Tasks.recurring(NAME, Schedules.fixedDelay(Duration.ofHours(1))).execute((instance, context) -> {
            int removed = index.prune(clock.instant());
            if (removed > 0) {
                LOG.info("Blocking key changes: {} older than {} removed", removed, KeyIndex.CHANGES_KEPT);
            }
        });
    }
}
