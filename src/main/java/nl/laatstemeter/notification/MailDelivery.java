package nl.laatstemeter.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands mails to the SMTP server of {@code spring.mail.*}: multipart/alternative, UTF-8, sent
 * from {@code laatstemeter.mail.from-address} with the sender's name as display name.
 */
@Component
class MailDelivery {

  private final ObjectProvider<JavaMailSender> sender;
  private final MailSettings settings;

  MailDelivery(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
    this.sender = sender;
    this.settings = settings;
  }

  /** Sends the mail or throws {@link Failure} with the server's reason. */
  void send(OutgoingMail mail) {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      throw new Failure("geen SMTP-server ingesteld (spring.mail.host)", null, true);
    }
    try {
      MimeMessage message = smtp.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.getFromAddress(), mail.fromName());
      if (mail.replyTo() != null) {
        helper.setReplyTo(mail.replyTo(), mail.fromName());
      }
      if (mail.toName() == null) {
        helper.setTo(mail.toAddress());
      } else {
        helper.setTo(new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
      }
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      smtp.send(message);
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      throw new Failure(reason(e), e, unreachable(e));
    }
  }

  /**
   * The server's reason, without the wrappers: "Couldn't connect to host, port: smtp.example.nl,
   * 25; timeout 5000 (Connection refused)".
   */
  static String reason(Exception e) {
    Throwable first = e;
    if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
      first = send.getFailedMessages().values().iterator().next();
    }
    Throwable root = first;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String own = first.getMessage() == null ? first.getClass().getSimpleName() : first.getMessage().strip();
    int nested = own.indexOf(";\n  nested exception");
    own = nested < 0 ? own : own.substring(0, nested);
    return root == first || root.getMessage() == null || own.contains(root.getMessage()) ? own
        : own + " (" + root.getMessage() + ")";
  }

  /** Whether the failure is that the server could not be reached at all (not: refused this one mail). */
  static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The SMTP server did not accept the mail. */
  static class Failure extends RuntimeException {
    private final boolean serverUnreachable;

    Failure(String message, Throwable cause, boolean serverUnreachable) {
      super(message, cause);
      this.serverUnreachable = serverUnreachable;
    }

    /** No server is set, or it did not answer: any other mail would fail the same way now. */
    boolean serverUnreachable() {
      return serverUnreachable;
    }
  }
}
