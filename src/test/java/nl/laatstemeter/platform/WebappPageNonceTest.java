package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages of the webapps carry the nonce of their own CSP header, also while other requests
 * pass Camunda's header filter at the same moment. Without {@link WebappPageNonce}, 83 of the 300
 * pages of this test went out with another request's nonce, and a browser refuses all their scripts.
 */
class WebappPageNonceTest extends H2FileApplicationTest {

  private static final List<String> PAGES = List.of("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
      "/camunda/app/admin/default/", "/camunda/app/welcome/default/");
  /** Files of the webapps that pass Camunda's header filter, requested beside each page. */
  private static final List<String> FILES = List.of("/camunda/app/cockpit/styles/user-styles.css",
      "/camunda/app/tasklist/scripts/config.js", "/camunda/app/admin/locales/nl.json",
      "/camunda/app/welcome/styles/user-styles.css");
  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyPageCarriesTheNonceOfItsOwnHeaderWhileOtherRequestsPassTheHeaderFilter() {
    List<String> disagreeing = new ArrayList<>();
    int scripts = 0;
    for (int round = 0; round < 300; round++) {
      String page = PAGES.get(round % PAGES.size());
      List<CompletableFuture<HttpResponse<String>>> beside = FILES.stream().map(this::get).toList();
      HttpResponse<String> served = get(page).join();
      beside.forEach(CompletableFuture::join);

      assertThat(served.statusCode()).as(page).isEqualTo(200);
      Matcher header = HEADER_NONCE.matcher(served.headers().firstValue(WebappPageNonce.HEADER).orElse(""));
      assertThat(header.find()).as("the CSP header of %s has a nonce", page).isTrue();
      Matcher script = PAGE_NONCE.matcher(served.body());
      int onPage = 0;
      while (script.find()) {
        onPage++;
        if (!script.group(1).equals(header.group(1))) {
          disagreeing.add(page + " (round " + round + "): header " + header.group(1) + ", script " + script.group(1));
        }
      }
      assertThat(onPage).as("scripts with a nonce on %s", page).isPositive();
      scripts += onPage;
    }
    assertThat(disagreeing).as("of %s scripts on 300 pages", scripts).isEmpty();
  }

  @Test
  void aPageIsLeftAsItIsWhenItsHeaderNamesNoNonce() {
    String page = "<script nonce=\"abc\" src=\"x.js\"></script>";
    assertThat(WebappPageNonce.agree(page, null)).isEqualTo(page);
    assertThat(WebappPageNonce.agree(page, "default-src 'self'")).isEqualTo(page);
    assertThat(WebappPageNonce.agree(page + "<script nonce=\"def\">", "script-src 'nonce-Q_9-z' 'self'"))
        .isEqualTo("<script nonce=\"Q_9-z\" src=\"x.js\"></script><script nonce=\"Q_9-z\">");
  }

  private CompletableFuture<HttpResponse<String>> get(String path) {
    return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
