package nl.laatstemeter.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter that holds a response back until it is complete, lets {@link #rewrite} read it and
 * perhaps give it another body, and then sends it (with the right length). For answers of Camunda's
 * webapps and REST API that we change without changing Camunda: its error messages, its forms'
 * options, its pages' script nonces.
 */
public abstract class ResponseRewritingFilter extends OncePerRequestFilter {

  @Override
  protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      rewrite(wrapper);
    } finally {
      wrapper.copyBodyToResponse();
    }
  }

  /** Reads the complete response (status, headers, {@code getContentAsByteArray()}); may {@link #replaceBody} it. */
  protected abstract void rewrite(ContentCachingResponseWrapper response) throws IOException;

  /** Gives the response held back this body instead of its own. */
  protected static void replaceBody(ContentCachingResponseWrapper response, byte[] body) throws IOException {
    response.resetBuffer();
    response.getOutputStream().write(body);
  }
}
