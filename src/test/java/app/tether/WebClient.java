package app.tether;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like HTTP client with its own cookies, for tests against the running app. */
public final class WebClient {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    public WebClient(int port) {
        this.port = port;
    }

    /** Posts the sign-in form as a browser does; returns where the app sends the browser next. */
    public String signIn(String username, String password) throws Exception {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new AssertionError("sign-in answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    public int get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The value of a cookie the app set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
