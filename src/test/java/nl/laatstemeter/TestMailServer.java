package nl.laatstemeter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) for the shared engine context: processes that reach a resident
 * mail step send it here, as they would to the real server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail testSmtpServer() {
    return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  }

  @Bean
  DynamicPropertyRegistrar testSmtpProperties(GreenMail testSmtpServer) {
    return registry -> {
      registry.add("spring.mail.host", () -> "127.0.0.1");
      registry.add("spring.mail.port", () -> testSmtpServer.getSmtp().getPort());
    };
  }
}
