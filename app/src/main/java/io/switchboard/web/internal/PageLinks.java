package io.switchboard.web.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Page links are written as they are. Spring Boot adds {@link ResourceUrlEncodingFilter} for Thymeleaf once a
 * resource chain is on (webjars-locator-lite turns it on), and that filter looks up every {@code @{…}} link of a
 * page as a static resource on the classpath, all jars included, on each render: not found is not cached, so
 * the inbox list (a link per conversation) spent some three quarters of its rendering there (bench/inbox.sh,
 * JFR). We use no versioned resource URLs: {@code /webjars/…} without a version is still served, as the
 * resource handler resolves it per request. This disabled registration stands in for Boot's.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
