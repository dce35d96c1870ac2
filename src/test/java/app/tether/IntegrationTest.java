package app.tether;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one switch every integration test uses: the whole application on a real MariaDB, from
 * Testcontainers where a Docker engine answers and from the embedded MariaDB otherwise
 * (see {@link TestDatabaseInitializer}). All such tests share one context, so one database.
 * The context counts SQL statements per thread ({@link app.tether.base.db.SqlStatements}) and runs on
 * a clock tests may pin ({@link app.tether.base.TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({app.tether.base.db.SqlStatements.Setup.class, app.tether.base.TestClock.Setup.class})
public @interface IntegrationTest {
}
