package nl.laatstemeter.acceptance;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of one test (one per person taking part). When the test fails, each browser's
 * last state is saved as a screenshot ending in {@code -mislukt} before anything is closed;
 * after every test all browsers quit and their temporary profiles are deleted. Register with
 * {@code @RegisterExtension}.
 */
final class Browsers implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  private final List<Browser> open = new ArrayList<>();
  private Screenshots screenshots;
  private String baseUrl;

  /** Where the application runs, e.g. {@code http://localhost:34567}; set before {@link #open}. */
  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A new browser, with a profile of its own, for the person {@code name}. */
  Browser open(String name) {
    return open(name, Browser.TIME_ZONE);
  }

  /** A new browser for the person {@code name} on a computer whose clock runs in {@code timeZone}. */
  Browser open(String name, String timeZone) {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl not set");
    }
    Browser browser = Browser.open(name, baseUrl, screenshots, timeZone);
    open.add(browser);
    return browser;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    screenshots = new Screenshots(context.getRequiredTestClass().getSimpleName(),
        context.getRequiredTestMethod().getName());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    for (Browser browser : open) {
      try {
        System.err.println("Test failed; last screen of " + browser.name() + ": " + browser.screenshot("mislukt"));
      } catch (RuntimeException e) {
        System.err.println("Test failed; no screenshot of " + browser.name() + " possible: " + e.getMessage());
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    RuntimeException first = null;
    for (Browser browser : open) {
      try {
        browser.close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
