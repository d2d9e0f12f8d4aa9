package nl.laatstemeter.notification;

import nl.laatstemeter.TestSmtp;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import nl.laatstemeter.EngineTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine test context with a real SMTP server ({@link TestSmtp}). All mail tests extend this
 * class and so share one Spring context of their own (the SMTP port differs from the shared one).
 */
@EngineTest
abstract class MailEngineTest {

  /** Configured for the indoor installer in this context: the settings win over the group name. */
  static final String INDOOR_FROM_NAME = "Binnenwerk Installatie BV";
  static final String INDOOR_REPLY_TO = "binnenwerk@installateur.example";

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtp.server();
    registry.add("spring.mail.host", () -> TestSmtp.HOST);
    registry.add("spring.mail.port", () -> TestSmtp.PORT);
    registry.add("laatstemeter.mail.organisations.installateur-binnen-demo.from-name", () -> INDOOR_FROM_NAME);
    registry.add("laatstemeter.mail.organisations.installateur-binnen-demo.reply-to", () -> INDOOR_REPLY_TO);
    registry.add("laatstemeter.mail.organisations.warmtebedrijf-demo.phone", () -> "010 765 43 21");
  }

  @Autowired IdentityService identity;

  @BeforeEach
  void cleanMailbox() throws FolderException {
    TestSmtp.start();
    smtp().purgeEmailFromAllMailboxes();
    ensureGroup("warmtebedrijf-demo", "Warmtebedrijf Demo");
    ensureGroup("cooperatie-demo", "Warmtecoöperatie Demo");
    ensureGroup("installateur-demo", "Installateur Demo");
    ensureGroup("installateur-binnen-demo", "Installateur Binnenwerk Demo");
    ensureGroup("corporatie-demo", "Woningcorporatie Demo");
    ensureGroup("gemeente-demo", "Gemeente Demo");
  }

  @AfterEach
  void resetClockAndServer() {
    ClockUtil.reset();
    TestSmtp.start();
  }

  static GreenMail smtp() {
    return TestSmtp.server();
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /** A received mail, read back from the server. */
  record Received(String to, String toName, String fromAddress, String fromName, List<String> replyTo,
      String subject, String text, String html) {}

  static List<Received> received() {
    return Arrays.stream(smtp().getReceivedMessages()).map(MailEngineTest::read).toList();
  }

  private static Received read(MimeMessage message) {
    try {
      InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
      InternetAddress from = (InternetAddress) message.getFrom()[0];
      Address[] replyTo = message.getReplyTo();
      String[] parts = new String[2];
      collect(message, parts);
      return new Received(to.getAddress(), to.getPersonal(), from.getAddress(), from.getPersonal(),
          replyTo == null ? List.of() : Arrays.stream(replyTo).map(a -> ((InternetAddress) a).getAddress()).toList(),
          message.getSubject(), parts[0], parts[1]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Finds the text/plain and text/html parts of a (nested) multipart message. */
  private static void collect(Part part, String[] parts) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && parts[0] == null) {
      parts[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html") && parts[1] == null) {
      parts[1] = (String) part.getContent();
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, parts);
      }
    }
  }
}
