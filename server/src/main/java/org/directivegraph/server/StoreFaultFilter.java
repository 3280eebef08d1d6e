package org.directivegraph.server;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.directivegraph.api.ErrorAnswer;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.StoreNotWritableException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once the embedded store is faulted (a write failed inside its files, see {@link KnowledgeStore}), every request,
 * the SPARQL endpoint's included, answers 503 with the reason and what to do: the process's view of the store can no
 * longer be trusted, while the store on disk is at its last complete write and opens so at the next start.
 */
@Configuration(proxyBeanMethods = false)
public class StoreFaultFilter {

    /** The filter, right after the security headers. */
    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> storeFaultFilterRegistration(GraphStore store) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<StoreNotWritableException> fault = store instanceof KnowledgeStore ks ? ks.fault() : Optional.empty();
                if (fault.isPresent()) {
                    ErrorAnswer.write(response, HttpStatus.SERVICE_UNAVAILABLE, fault.get().getMessage(), request.getHeader(HttpHeaders.ACCEPT));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        registration.setName("storeFaultFilter");
        return registration;
    }
}
