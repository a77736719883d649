package org.masar.assistance.web;

import org.masar.shared.RecordAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A person's page offers to record a service delivered to them, to those who may. */
@Configuration(proxyBeanMethods = false)
class ServicesOnPersonPage {

    @Bean
    RecordAction recordService() {
        return new RecordAction(
                RecordAction.PERSON,
                "assistance.person-action.record-service",
                "/assistance/services/new?person={id}",
                "assistance:record",
                30);
    }
}
