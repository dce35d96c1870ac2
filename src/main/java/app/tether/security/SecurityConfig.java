package app.tether.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import app.tether.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are denied unless annotated; services carry method security; object-level checks are in
 * the services themselves. Passwords use bcrypt through the delegating encoder, so a later move
 * to argon2 keeps old hashes working.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            org.springframework.security.core.session.SessionRegistry sessionRegistry,
            app.tether.audit.SignInAuditing signInAuditing) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles.css", "/icons/**", "/favicon.ico").permitAll());
        // Registered sessions let AccountService end a person's sessions at once (deactivation, reset).
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // First logout handler, while the person is still known to the audit trail.
        http.logout(l -> l.addLogoutHandler(signInAuditing));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    static org.springframework.security.core.session.SessionRegistry sessionRegistryBean() {
        return new org.springframework.security.core.session.SessionRegistryImpl();
    }

    @Bean
    static org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
