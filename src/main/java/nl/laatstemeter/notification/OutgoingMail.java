package nl.laatstemeter.notification;

/** One mail as it is handed to the SMTP server: HTML with a plain-text alternative. */
public record OutgoingMail(
    String toAddress,
    String toName,
    String fromName,
    String replyTo,
    String subject,
    String text,
    String html) {}
