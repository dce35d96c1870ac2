package app.tether.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither a datasource URL nor an explicit opt-out of the embedded database is set. */
class NoExternalDataSourceCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        boolean enabled = env.getProperty("tether.embedded-db.enabled", Boolean.class, true);
        return enabled && (url == null || url.isBlank());
    }
}
