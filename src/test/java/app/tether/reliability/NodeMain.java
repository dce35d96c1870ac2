package app.tether.reliability;

import app.tether.Application;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One Tether node for scenarios 3 and 6, started by {@link NodeProcess} in its own JVM from the test
 * classpath: the real {@link Application} plus one test-only addition, a slow endpoint
 * ({@code /reliability/slow?ms=...}) that shows whether a graceful stop lets a request in flight
 * finish. The test-only configurations of the integration tests (statement counting, the test
 * clock) are kept out, so the node runs as production does.
 */
public final class NodeMain {

    private NodeMain() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(Application.class, SlowEndpoint.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("nodeMainExcludeTestConfig",
                        new ExcludeTestComponents()))
                // Scenario 3's writers, when the node is started with their plan.
                .listeners((ApplicationListener<ApplicationReadyEvent>)
                        ready -> CrashWriter.startIfPlanned(ready.getApplicationContext()))
                .run(args);
    }

    /** Component scanning would otherwise pick up the tests' own {@code @TestConfiguration} classes. */
    static final class ExcludeTestComponents extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ExcludeTestComponents;
        }

        @Override
        public int hashCode() {
            return ExcludeTestComponents.class.hashCode();
        }
    }

    /** Test-only (never in the shared test context: {@code @TestConfiguration} is not scanned there). */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowEndpoint {

        @Bean
        ServletRegistrationBean<HttpServlet> reliabilitySlowServlet() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                    long ms = Math.min(30_000, Math.max(0, Long.parseLong(req.getParameter("ms"))));
                    // The scenario waits for this line before it stops the node.
                    org.slf4j.LoggerFactory.getLogger(NodeMain.class).info("Slow request started ({} ms)", ms);
                    try {
                        Thread.sleep(ms);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        resp.sendError(500, "interrupted");
                        return;
                    }
                    resp.setContentType("text/plain");
                    resp.getWriter().write("finished after " + ms + " ms");
                }
            }, "/reliability/slow");
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain reliabilitySlowChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/reliability/slow")
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .build();
        }
    }
}
