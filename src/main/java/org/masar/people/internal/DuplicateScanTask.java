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
 * The duplicate scan as a db-scheduler task: clustered through {@code scheduled_tasks}, so that one node runs each
 * execution and a node that dies mid-run has it picked up again. Each execution scans for at most the budget, then
 * waits the interval; the scan's own cursor carries a pass over as many executions as it takes.
 *
 * <p>{@code masar.people.duplicate-scan.enabled=false} leaves the task out altogether (the tests do, and drive
 * {@link DuplicateScan} themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "masar.people.duplicate-scan.enabled", havingValue = "true", matchIfMissing = true)
class DuplicateScanTask {

    static final String NAME = "people-duplicate-scan";

    @Bean
    RecurringTask<Void> peopleDuplicateScan(
            DuplicateScan scan,
            @Value("${masar.people.duplicate-scan.interval:PT15M}") Duration interval,
            @Value("${masar.people.duplicate-scan.budget:PT5M}") Duration budget) {
        return Tasks.recurring(NAME, Schedules.fixedDelay(interval)).execute((instance, context) -> scan.run(budget));
    }
}
