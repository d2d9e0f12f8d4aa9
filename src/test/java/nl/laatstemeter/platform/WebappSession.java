package nl.laatstemeter.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session with the Camunda webapps: session and CSRF cookies, the
 * {@code X-XSRF-TOKEN} header, and the login form the Tasklist/Cockpit login page posts.
 */
final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;
  /** The CSRF token the webapps last sent in their {@code X-XSRF-TOKEN} response header (new after login). */
  private String csrfToken;

  WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Logs in to one webapp (tasklist, cockpit, admin); 200 when the user may use it. */
  HttpResponse<String> login(String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(withCsrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** GET on the webapps' own engine API, as the logged in user. */
  HttpResponse<String> get(String path) {
    return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))).GET());
  }

  /** POST of JSON on the webapps' own engine API, as the logged in user. */
  HttpResponse<String> post(String path, String json) {
    // as from the page: Camunda's CSRF filter also wants the request to come from its own origin
    return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", "application/json")
        .header("Origin", base).header("Referer", base + "/camunda/app/tasklist/default/")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
    String token = csrfToken != null ? csrfToken : cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    return request.header("X-XSRF-TOKEN", token).header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
