package app.tether.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.OptionalLong;

/**
 * Record ids in route templates. The pattern admits only what the database hands out (a positive
 * number without sign or leading zero, at most 18 digits), so every URL it matches parses into a
 * long and anything else never reaches a view: the router shows the not-found page instead.
 */
public final class RouteIds {

    /** Append to a template parameter: {@code "cases/:caseId" + RouteIds.PATTERN}. */
    public static final String PATTERN = "([1-9][0-9]{0,17})";

    private RouteIds() {
    }

    /** The id in the named parameter, empty when it is missing or not a well-formed id. */
    public static OptionalLong get(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).map(RouteIds::parse).orElse(OptionalLong.empty());
    }

    static OptionalLong parse(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }

    public static RouteParameters of(String name, long id) {
        return new RouteParameters(name, String.valueOf(id));
    }
}
