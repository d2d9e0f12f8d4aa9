package nl.laatstemeter.acceptance;

import nl.laatstemeter.LaatsteMeterApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port with its demo organisations and users, on an in-memory H2
 * database of its own, used by people in headless Chromium. All acceptance classes extend this
 * one and share one Spring context.
 *
 * <p>Jobs are run by the tests (profile {@code test}: no job executor), so each scenario decides
 * when the engine continues. The SMTP server is a closed port (1 on this machine), so every
 * resident mail fails as it would with the mail server down.
 */
@SpringBootTest(classes = LaatsteMeterApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "laatstemeter.demo-data=true",
    // the scenarios drive projects of their own; the walked demo project's resident mails would fail
    // against the closed SMTP port and stay among the due jobs the scenarios run
    "laatstemeter.demo-walkthrough=false",
    "spring.mail.host=localhost",
    "spring.mail.port=" + BrowserAcceptanceTest.CLOSED_SMTP_PORT})
@ActiveProfiles("test")
@ExtendWith(ChromiumInstalled.class)
abstract class BrowserAcceptanceTest {

  /** Nothing listens on TCP port 1 (tcpmux, privileged): a connection is refused at once. */
  static final int CLOSED_SMTP_PORT = 1;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void pointTheBrowsersAtTheApplication() {
    // the webapps and /engine-rest find their engine by name in a JVM-wide registry, which other
    // test contexts in this JVM overwrite or clear; a deployed application has only this engine
    ProcessEngines.registerProcessEngine(engine);
    browsers.baseUrl("http://localhost:" + port);
  }

  /** A person of a demo organisation at their own browser, in Tasklist. */
  Tasklist tasklistOf(String user) {
    return new Tasklist(browsers.open(user));
  }
}
