package app.tether.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** One clock for "today" everywhere, so tests can pin the date. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
