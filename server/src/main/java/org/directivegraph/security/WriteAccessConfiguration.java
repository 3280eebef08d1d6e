package org.directivegraph.security;

import java.time.Clock;

import org.directivegraph.server.DirectiveGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the {@link SecurityHeadersFilter} and the {@link WriteAccessFilter} in front of everything else. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WriteAccessProperties.class)
public class WriteAccessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WriteAccessConfiguration.class);

    /** The writers of {@code directivegraph.writers.*}; a value that is no BCrypt hash stops the start. */
    @Bean
    public Writers writers(DirectiveGraphProperties properties) {
        Writers writers = new Writers(properties.getWriters());
        if (!writers.any()) {
            log.info("Writing over HTTP is disabled: no writer is configured (directivegraph.writers.NAME=<bcrypt hash>)");
        } else {
            log.info("Writers configured: {}", properties.getWriters().size());
        }
        return writers;
    }

    /** The filter, at high precedence so that no other filter reads a write request's body first. */
    @Bean
    public FilterRegistrationBean<WriteAccessFilter> writeAccessFilter(Writers writers, WriteAccessProperties properties) {
        FilterRegistrationBean<WriteAccessFilter> registration =
                new FilterRegistrationBean<>(new WriteAccessFilter(writers, new FailureThrottle(properties, Clock.systemUTC())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        registration.setName("writeAccessFilter");
        return registration;
    }

    /** Security headers on every answer, set before anything else runs. */
    @Bean
    public FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        registration.setName("securityHeadersFilter");
        return registration;
    }
}
