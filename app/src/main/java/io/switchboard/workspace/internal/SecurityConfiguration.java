package io.switchboard.workspace.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may reach what. Three chains: machine-to-machine intake (webhooks, the sandbox emulator) that
 * authenticates by signature or token itself; the REST API with workspace API keys and problem+json
 * errors; and the UI with form login, session cookie and CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id (memory-hard) for new hashes; the {id} prefix lets a future algorithm take over on rehash.
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        return encoder;
    }

    // Filters are created here, not as beans: as beans Boot would also register them for every request.
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain intake(HttpSecurity http) throws Exception {
        // Meta and the sandbox's simulated customers cannot hold a session or a CSRF token; webhooks
        // are verified by X-Hub-Signature-256 and the Graph emulator by its bearer token.
        return http.securityMatcher("/webhooks/**", "/sandbox/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiKeySecrets apiKeys, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(
            HttpSecurity http,
            PasswordAuthenticationProvider passwords,
            MembershipRefresh refresh,
            SecurityContextRepository contexts)
            throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/setup",
                                "/invite/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("INSTANCE_ADMIN")
                        .anyRequest()
                        .authenticated())
                .authenticationProvider(passwords)
                .securityContext(s -> s.securityContextRepository(contexts))
                .formLogin(f ->
                        f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new MembershipRefreshFilter(refresh, contexts), SecurityContextHolderFilter.class)
                .headers(
                        h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives(
                                        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .build();
    }
}
