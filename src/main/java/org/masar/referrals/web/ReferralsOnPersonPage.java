package org.masar.referrals.web;

import org.masar.shared.RecordAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A person's page offers to refer them to a service, to those who may. */
@Configuration(proxyBeanMethods = false)
class ReferralsOnPersonPage {

    @Bean
    RecordAction referPerson() {
        return new RecordAction(
                RecordAction.PERSON,
                "referrals.person-action.refer",
                "/referrals/new?person={id}",
                "referrals:send",
                20);
    }
}
