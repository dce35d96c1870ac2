package app.tether.base;

/**
 * Whether the demo practice (published logins, invented clients) lives in this database; pages
 * then warn that no real client data belongs here. Implemented by the demo module.
 */
public interface DemoNotice {

    boolean demoPresent();
}
