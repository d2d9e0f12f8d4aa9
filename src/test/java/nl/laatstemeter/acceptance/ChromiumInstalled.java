package nl.laatstemeter.acceptance;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the browser tests only where Debian's Chromium and its driver are installed. Without them
 * the tests are skipped with one line saying how to install them, except under {@code CI=true},
 * where a missing browser is a failure: CI must run them. Evaluated before the Spring context
 * starts, so a skipped class costs nothing.
 *
 * <p>The paths can be overridden with the system properties {@value #BINARY_PROPERTY} and
 * {@value #DRIVER_PROPERTY} (e.g. to see this condition at work).
 */
public class ChromiumInstalled implements ExecutionCondition {

  static final String BINARY_PROPERTY = "acceptance.chromium";
  static final String DRIVER_PROPERTY = "acceptance.chromedriver";
  static final String INSTALL = "apt-get install -y chromium chromium-driver";

  /** The skip is told once per test JVM, not once per class. */
  private static volatile boolean toldOnce;

  static Path binary() {
    return Path.of(System.getProperty(BINARY_PROPERTY, "/usr/bin/chromium"));
  }

  static Path driver() {
    return Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(binary()) && Files.isExecutable(driver())) {
      return ConditionEvaluationResult.enabled("Chromium " + binary() + " and " + driver() + " found");
    }
    String missing = "Browser acceptance tests need Chromium (" + binary() + ") and chromedriver (" + driver()
        + "); install them with: " + INSTALL;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionFailedError(missing + " (CI=true: these tests must run)");
    }
    if (!toldOnce) {
      toldOnce = true;
      // the process's own stderr: Surefire captures System.err into report files, this reaches the console
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
          .println("SKIPPED: " + missing);
    }
    return ConditionEvaluationResult.disabled("SKIPPED: " + missing);
  }
}
