package app.tether.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the JDBC statements executed on the current thread, whoever runs them (Hibernate, native
 * queries, JdbcTemplate, plain JDBC): the integration tests' DataSource is wrapped by datasource-proxy
 * ({@link Setup}, imported by {@code @IntegrationTest}). A batch counts once, as one round trip.
 * Decision record 020 says why this and not Hibernate's statistics.
 * <pre>
 * var mark = SqlStatements.mark();
 * service.load();
 * assertThat(mark.count()).as(mark.describe()).isEqualTo(6);
 * </pre>
 */
public final class SqlStatements {

    /** How many statements this thread has run, and the text of the latest few (bounded: benchmarks insert millions). */
    private static final ThreadLocal<Log> EXECUTED = ThreadLocal.withInitial(Log::new);

    private static final int KEEP = 200;

    private static final class Log {
        long total;
        final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();

        void add(String sql) {
            total++;
            if (recent.size() == KEEP) {
                recent.removeFirst();
            }
            recent.addLast(sql);
        }
    }

    private SqlStatements() {
    }

    /** A point on this thread's statement log; {@link Mark#count()} tells how many ran since. */
    public static Mark mark() {
        return new Mark(EXECUTED.get().total);
    }

    /** Runs {@code work} and returns its result with the statements it executed on this thread. */
    public static <T> Counted<T> count(Supplier<T> work) {
        Mark mark = mark();
        T result = work.get();
        return new Counted<>(result, mark.count(), mark.statements());
    }

    public record Counted<T>(T result, long statements, List<String> sql) {

        public String describe() {
            return statements + " statements:\n  " + String.join("\n  ", sql);
        }
    }

    public static final class Mark {
        private final long start;

        private Mark(long start) {
            this.start = start;
        }

        public long count() {
            return Math.max(0, EXECUTED.get().total - start);
        }

        /** The statements since the mark (the latest 200 at most), for an assertion's message. */
        public List<String> statements() {
            List<String> recent = new ArrayList<>(EXECUTED.get().recent);
            int n = (int) Math.min(count(), recent.size());
            return List.copyOf(recent.subList(recent.size() - n, recent.size()));
        }

        public String describe() {
            return count() + " statements:\n  " + String.join("\n  ", statements());
        }
    }

    static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            // One execution is one round trip, whether a single statement or a batch.
            String sql = queryInfoList.isEmpty() ? "?" : queryInfoList.getFirst().getQuery();
            EXECUTED.get().add(sql.length() > 300 ? sql.substring(0, 300) + "…" : sql);
        }
    }

    /** Wraps the application's DataSource so every statement passes the counter. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Setup {

        @Bean
        static BeanPostProcessor sqlStatementCounter() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(ds).name("tether-test").listener(new Listener()).build();
                    }
                    return bean;
                }
            };
        }
    }
}
