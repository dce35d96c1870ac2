package app.tether.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import app.tether.security.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Views are denied unless annotated; services carry method security; object-level checks are in
 * the services themselves. Passwords are hashed with argon2id through the delegating encoder,
 * which still reads the older bcrypt hashes.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What Vaadin Flow needs and no more (docs/decisions/005): its bootstrap starts the client
     * engine with an inline script and the engine builds functions from the JavaScript the server
     * sends, hence 'unsafe-inline' and 'unsafe-eval' for scripts; components set inline styles.
     * Everything else comes from this origin only, and no one may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            org.springframework.security.core.session.SessionRegistry sessionRegistry,
            app.tether.audit.SignInAuditing signInAuditing, java.time.Clock clock,
            @Value("${tether.session.max-age:12h}") Duration sessionMaxAge) throws Exception {
        http.addFilterBefore(new SessionLifetimeFilter(sessionMaxAge, clock), SecurityContextHolderFilter.class);
        http.addFilterBefore(new LoginOriginCheck(), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles.css", "/icons/**", "/favicon.ico").permitAll()
                // Server push only for signed-in people (decision record 018); Vaadin's own rules would
                // let anyone open it (its session and push id checks still follow). Only the
                // therapist's home screen turns push on, so the login page never asks.
                .requestMatchers("/VAADIN/push", "/VAADIN/push/**").authenticated()
                // A therapist's private calendar feed: its long random token is the key (decision record 016).
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar-feed/*.ics").permitAll()
                // The load balancer's health check reads the status alone (decision record 026); no
                // other actuator path is open to anyone, signed in or not.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/actuator/health",
                        "/actuator/health/readiness", "/actuator/health/liveness").permitAll()
                .requestMatchers("/actuator", "/actuator/**").denyAll());
        // Registered sessions let AccountService end a person's sessions at once (deactivation, reset).
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                // Sent on secure requests only; behind a proxy "secure" comes from X-Forwarded-Proto
                // (server.forward-headers-strategy=native trusts it from internal proxies only).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                // Written before the request runs: written at commit, they never reached Vaadin's
                // pages (no CSP, no no-store, and Vaadin's own X-Frame-Options SAMEORIGIN instead).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Signed-in people reach Vaadin for any path, so an unknown page or a malformed id gets the
        // app's not-found page instead of the browser's bare 403 (Vaadin's default denies them).
        // First logout handler, while the person is still known to the audit trail.
        http.logout(l -> l.addLogoutHandler(signInAuditing));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated));
        // Set on the filter itself, after Vaadin's configurer has set its failure URL.
        http.formLogin(f -> f.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new ThrottleAwareFailureHandler());
                return filter;
            }
        }));
        return http.build();
    }

    /** A throttled sign-in goes back to the login page with the minutes to wait, others with ?error. */
    static final class ThrottleAwareFailureHandler implements AuthenticationFailureHandler {
        private final AuthenticationFailureHandler other = new SimpleUrlAuthenticationFailureHandler("/login?error");

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            if (exception instanceof SignInThrottledException t) {
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + t.minutes());
            } else {
                other.onAuthenticationFailure(request, response, exception);
            }
        }
    }

    /**
     * The throttle in front of the usual password check. Mirrors what Spring Security would build
     * from the UserDetailsService alone, including re-hashing on sign-in when a
     * UserDetailsPasswordService exists (declaring a provider turns that default off).
     */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService userDetails, PasswordEncoder encoder,
            ObjectProvider<UserDetailsPasswordService> passwordUpgrades, SignInThrottle throttle) {
        var dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        passwordUpgrades.ifAvailable(dao::setUserDetailsPasswordService);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    /** Throttled attempts reach the audit trail as a "Locked" failure; the throttle skips them. */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    static org.springframework.security.core.session.SessionRegistry sessionRegistryBean() {
        return new org.springframework.security.core.session.SessionRegistryImpl();
    }

    @Bean
    static org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

    /**
     * Argon2id for new hashes (docs/decisions/009): bcrypt reads only 72 bytes, and Spring Security 7
     * refuses longer passwords outright. bcrypt hashes still verify and are re-hashed with argon2 at
     * the next successful sign-in (TetherUserDetails.updatePassword).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(ARGON2_ID, argon2());
        encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2_ID, encoders);
    }

    static final String ARGON2_ID = "argon2";

    /**
     * OWASP's argon2id setting (19 MiB, 2 passes, 1 lane): about 70 ms per hash on the 2-core test
     * machine. Each hash records its parameters, so raising them later re-hashes at the next sign-in.
     */
    static Argon2PasswordEncoder argon2() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}
