package app.tether.base;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;

/**
 * Text with half of a surrogate pair (a lone UTF-16 surrogate: half an emoji, from a broken paste
 * or a hand-made request) cannot be written as UTF-8: the database would keep "?" in its place,
 * silently. So every service refuses it with a message on the field it came in, before anything
 * is stored (issue 16, scenario 4; decision record 029). Arguments are searched through records,
 * collections and maps; the field is the record component's name (or the map key), which is the
 * name the forms bind their errors to.
 */
@Configuration(proxyBeanMethods = false)
public class WellFormedText {

    static final String MESSAGE = "validation.text.unpairedSurrogate";

    // Read once per record type, not on every service call: this runs around each of them.
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].trySetAccessible();
            }
            return accessors;
        }
    };

    /** Around every public method of every @Service, after the access checks, before the transaction. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor wellFormedTextAdvisor() {
        MethodInterceptor check = invocation -> {
            for (Object arg : invocation.getArguments()) {
                check(arg, "text", 0);
            }
            return invocation.proceed();
        };
        var advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), check);
        // Inside the access check (method security's order is far higher), outside the transaction
        // (LOWEST_PRECEDENCE): refused before a connection is taken.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    /** Throws a {@link ValidationProblem} on {@code field} if the value holds a lone surrogate. */
    public static void check(Object value, String field, int depth) {
        if (value == null || depth > 4) {
            return;
        }
        if (value instanceof CharSequence s) {
            if (hasLoneSurrogate(s)) {
                throw ValidationProblem.of(field, MESSAGE);
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> check(v, field, depth + 1));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String name = k instanceof String key && !hasLoneSurrogate(key) ? key : field;
                check(k, field, depth + 1);
                check(v, name, depth + 1);
            });
        } else if (value.getClass().isRecord()) {
            for (java.lang.reflect.Method accessor : ACCESSORS.get(value.getClass())) {
                Object component;
                try {
                    component = accessor.invoke(value);
                } catch (ReflectiveOperationException e) {
                    continue; // not readable here, so not a form's input
                }
                // The accessor's name is the record component's name, the field the forms bind to.
                check(component, accessor.getName(), depth + 1);
            }
        }
    }

    public static boolean hasLoneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
