package org.masar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test's embedded PostgreSQL, with MockMvc. Every HTTP test uses exactly this, so that
 * Spring's test context cache boots the application once per JVM. The application also listens on a random port, for
 * the few tests that must go through Tomcat itself (what it refuses before Spring sees it), which MockMvc skips; that
 * costs less than a second context would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface MasarIntegrationTest {}
