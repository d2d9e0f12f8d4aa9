package nl.laatstemeter.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every page of Tasklist, Cockpit, Admin and Welcome starts: its scripts carry the nonce of the
 * page's own Content-Security-Policy header.
 *
 * <p>Camunda 7.24 makes a new nonce for each response's CSP header and keeps it in one attribute
 * of the servlet context, shared by all requests; the webapp's page ({@code index.html}, written
 * by Camunda's ProcessEnginesFilter) reads its scripts' nonce from that attribute. A request that
 * passes Camunda's header filter in between (a style sheet, a script, another person's page)
 * replaces the attribute, and the page goes out with another request's nonce. The browser then
 * refuses every script of the page: the webapp never starts, the person sees its spinner on a
 * blank page. Measured here without this filter: 13 of 200 Cockpit pages fetched with curl beside
 * four style sheets, 83 of 300 pages in WebappPageNonceTest; and in the browser tests a Cockpit
 * that stayed a spinner after a reload (the console: every script refused by the policy).
 *
 * <p>This filter, outside Camunda's filters, sets the page's {@code nonce="…"} attributes to the
 * nonce of its own header. The policy itself is unchanged; responses that are no HTML page with
 * a nonce in their policy pass untouched.
 */
@Configuration
public class WebappPageNonce {

  static final String WEBAPP_PAGES = "/camunda/app/*";
  static final String HEADER = "Content-Security-Policy";
  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("\\bnonce=\"[^\"]*\"");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappPageNonceFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
    registration.setName("webappPageNonce");
    registration.addUrlPatterns(WEBAPP_PAGES);
    // first in the chain: it must see the page that Camunda's filters write
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The page with each script's nonce set to the one of its CSP header; the page as it is when the header has none. */
  static String agree(String page, String policy) {
    Matcher nonce = policy == null ? null : HEADER_NONCE.matcher(policy);
    if (nonce == null || !nonce.find()) {
      return page;
    }
    return PAGE_NONCE.matcher(page).replaceAll(Matcher.quoteReplacement("nonce=\"" + nonce.group(1) + "\""));
  }

  static final class Filter extends ResponseRewritingFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      // the pages are addresses without a file name (/camunda/app/cockpit/default/); scripts,
      // styles, translations and images are files and need nothing
      String path = request.getRequestURI();
      String last = path.substring(path.lastIndexOf('/') + 1);
      return !"GET".equals(request.getMethod()) || last.contains(".");
    }

    @Override
    protected void rewrite(ContentCachingResponseWrapper response) throws IOException {
      String type = response.getContentType();
      if (response.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")) {
        return;
      }
      Charset charset = Charset.forName(response.getCharacterEncoding());
      String page = new String(response.getContentAsByteArray(), charset);
      String agreed = agree(page, response.getHeader(HEADER));
      if (!agreed.equals(page)) {
        replaceBody(response, agreed.getBytes(charset));
      }
    }
  }
}
