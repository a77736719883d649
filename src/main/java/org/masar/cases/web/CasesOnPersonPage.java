package org.masar.cases.web;

import org.masar.shared.RecordAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A person's page offers to open a case for them, to those who may. */
@Configuration(proxyBeanMethods = false)
class CasesOnPersonPage {

    @Bean
    RecordAction openCaseForPerson() {
        return new RecordAction(
                RecordAction.PERSON, "cases.person-action.open", "/cases/new?person={id}", "cases:write", 10);
    }
}
