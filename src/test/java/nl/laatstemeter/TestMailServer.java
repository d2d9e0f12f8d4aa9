package nl.laatstemeter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server ({@link TestSmtp}, GreenMail) for the engine test contexts: processes that
 * reach a resident mail step send it there, as they would to the real server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean
  DynamicPropertyRegistrar testSmtpProperties() {
    TestSmtp.server();
    return registry -> {
      registry.add("spring.mail.host", () -> TestSmtp.HOST);
      registry.add("spring.mail.port", () -> TestSmtp.PORT);
    };
  }
}
