package app.tether.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.StringJoiner;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every refusal by a service (a role check in {@code @PreAuthorize} or an object check inside)
 * leaves an ACCESS_DENIED line naming the method and the ids asked for. It wraps the services
 * outside method security; a refusal that passes through several services is written once, for the
 * outermost call.
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor refusalAuditingAdvisor(ObjectProvider<AuditLog> log) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(Service.class, true), new Interceptor(log));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class Interceptor implements MethodInterceptor {

        // Services call services: the refusal is written once, for the outermost call (what was asked).
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
        private final ObjectProvider<AuditLog> log;

        Interceptor(ObjectProvider<AuditLog> log) {
            this.log = log;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                if (depth[0] == 1 && invocation.getThis() != null
                        && invocation.getThis().getClass().getName().startsWith("app.tether.")) {
                    audit(invocation);
                    AuditLog.refusalRecorded();
                }
                throw e;
            } finally {
                depth[0]--;
            }
        }

        private void audit(MethodInvocation invocation) {
            Method m = invocation.getMethod();
            Object[] args = invocation.getArguments();
            Long caseId = null;
            Long firstId = null;
            StringJoiner ids = new StringJoiner(",", "(", ")");
            Parameter[] params = m.getParameters();
            for (int i = 0; i < params.length && i < args.length; i++) {
                String name = params[i].getName();
                // Only ids: other numbers (a rating, a stage, an offset) may be clinical or noise.
                if ((args[i] instanceof Long || args[i] instanceof Integer)
                        && (name.equals("id") || name.endsWith("Id"))) {
                    long v = ((Number) args[i]).longValue();
                    ids.add(name + "=" + v);
                    if (name.equals("caseId")) {
                        caseId = v;
                    }
                    if (firstId == null) {
                        firstId = v;
                    }
                }
            }
            Class<?> type = AopUtils.getTargetClass(invocation.getThis());
            log.getObject().record(new AuditEvent(AuditAction.ACCESS_DENIED, caseId, null, firstId,
                    type.getSimpleName() + "." + m.getName() + ids, AuditOutcome.DENIED, null));
        }
    }
}
