package app.tether.reliability;

import app.tether.TestData;
import app.tether.caseload.Lens;
import app.tether.reliability.HostileInputs.Input;
import app.tether.security.Role;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The URL half of scenario 4: every registered route, requested over HTTP from the running test
 * app by each role (and anonymously), with hostile path segments in place of its parameters or
 * after it, and hostile query parameters (the ones views read and made-up ones). The first page
 * load carries the route's navigation, so a view that throws would show Vaadin's error page.
 * No answer may be a 5xx or carry a stack trace; a hostile id must be not-found (404) or a
 * refusal of the request itself (400).
 */
final class HostileRoutes {

    private static final String[] QUERY_NAMES = {"appointment", "entry", "throttled", "error", "continue", "id",
        "v-r", "location"};

    private HostileRoutes() {
    }

    static String run(ReliabilityRun run, TestData data, HostileInputs inputs, int perRoute, List<String> problems)
            throws Exception {
        long started = System.nanoTime();
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(run.bean(ServletContext.class)));
        List<RouteData> routes = registry.getRegisteredRoutes();
        var therapist = data.therapist();
        var client = data.client("Route Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 5, client);
        List<Browser> browsers = List.of(new Browser(run.port(), null),
                Browser.signedIn(run.port(), therapist.username()), Browser.signedIn(run.port(), client.username()),
                Browser.signedIn(run.port(), data.person(Role.ADMIN, "Route Admin").username()));
        int requests = 0;
        int notFound = 0;
        int refused = 0;
        int fine = 0;
        long deadline = System.nanoTime() + run.settings().ceiling().toNanos();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            for (int i = 0; i < perRoute && System.nanoTime() < deadline; i++) {
                Input segment = inputs.next();
                Input value = inputs.next();
                boolean templated = template.contains(":");
                List<String> paths = new ArrayList<>();
                // Hostile path segments: in place of each parameter, or after the route.
                paths.add("/" + (templated ? fill(template, encode(segment.text())) : template + "/"
                        + encode(segment.text())));
                // A good path (the person's own case where there is an id) with hostile query parameters.
                String query = QUERY_NAMES[i % QUERY_NAMES.length] + "=" + encode(value.text()) + "&"
                        + encode(segment.text()) + "=" + encode(value.text());
                paths.add("/" + (templated ? fill(template, String.valueOf(caseId)) : template) + "?" + query);
                for (Browser b : browsers) {
                    for (int p = 0; p < paths.size(); p++) {
                        String path = paths.get(p);
                        requests++;
                        Answer answer = b.get(path);
                        String who = b.user == null ? "anonymous" : b.user;
                        String what = "GET /" + template + " (" + (p == 0 ? "path " + segment.describe()
                                : "query " + value.describe()) + ") as " + who;
                        if (answer.status >= 500 || answer.stackTrace()) {
                            problems.add(what + ": " + answer.status + (answer.stackTrace() ? " with a stack trace" : ""));
                        } else if (answer.status == 404) {
                            notFound++;
                        } else if (answer.status == 400 || answer.status == 414 || answer.status == 431
                                || answer.status == 302 || answer.status == 403 || answer.status == -1) {
                            refused++;
                        } else {
                            fine++;
                            // A blank segment is the route without it (an optional id, or the list the
                            // route sits under): a page, not a not-found.
                            if (p == 0 && templated && b.user != null && !segment.text().matches("[1-9][0-9]{0,17}")
                                    && !segment.text().trim().isEmpty()) {
                                problems.add(what + ": answered " + answer.status + ", not the not-found page");
                            }
                        }
                    }
                }
            }
        }
        return requests + " HTTP requests to " + routes.size() + " routes (" + perRoute + " hostile path segments and "
                + "query parameters each, anonymous and as therapist, client and admin): " + notFound + " not found, "
                + refused + " refused or sent to sign in, " + fine + " shown; " + (System.nanoTime() - started) / 1_000_000
                + " ms";
    }

    /** The template with every parameter (and its pattern) replaced by {@code value}. */
    static String fill(String template, String value) {
        StringBuilder b = new StringBuilder();
        for (String part : template.split("/")) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(part.startsWith(":") ? value : part);
        }
        return b.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Answer(int status, String body) {
        boolean stackTrace() {
            return body.contains("There was an exception") || body.contains("at app.tether.")
                    || body.contains("at com.vaadin.") || body.contains("Exception:") || body.contains("HTTP Status 5");
        }
    }

    /** A browser-like client with its own cookies. */
    static final class Browser {
        final String user;
        private final int port;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();

        Browser(int port, String user) {
            this.port = port;
            this.user = user;
        }

        static Browser signedIn(int port, String username) throws Exception {
            var b = new Browser(port, username);
            b.get("/login");
            String form = "username=" + encode(username) + "&password=" + encode(TestData.PASSWORD);
            var response = b.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + username + " answered " + response.statusCode());
            }
            return b;
        }

        Answer get(String path) throws InterruptedException {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                // Only a request far past Tomcat's header limit may be dropped without an answer.
                if (path.length() > 8_000) {
                    return new Answer(-1, "");
                }
                return new Answer(599, e.toString());
            }
        }
    }
}
