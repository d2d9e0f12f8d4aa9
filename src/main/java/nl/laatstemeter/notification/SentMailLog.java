package nl.laatstemeter.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The resident mails that the SMTP server accepted, in table {@code LM_SENT_MAIL}, one row per
 * (business key, mail type, occurrence): the occurrence is the id of the job that sends it,
 * which stays the same over all retries of that job.
 *
 * <p>A row is written in a transaction of its own right after the server accepted the mail, not
 * in the job's transaction: if the job's transaction then fails (an optimistic-locking conflict
 * with a resident report, a failing next step), the retry finds the row and does not send again.
 * If the server refuses, there is no row and the retry sends. Only a crash between the server's
 * acceptance and this commit (milliseconds) can still send a mail twice.
 */
@Repository
public class SentMailLog {

  /** One sent mail. */
  record SentMail(String businessKey, MailType type, String occurrence, String recipient, String subject,
      LocalDate plannedDate, Instant sentAt, String senderGroup) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;

  SentMailLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Erases the recipient of every mail sent for one dwelling (its business key); the log of what was sent stays. */
  public void anonymise(String businessKey, String replacement) {
    jdbc.update("UPDATE LM_SENT_MAIL SET recipient = ? WHERE business_key = ?", replacement, businessKey);
  }

  boolean wasSent(String businessKey, MailType type, String occurrence) {
    Integer n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM LM_SENT_MAIL WHERE business_key = ? AND mail_type = ? AND occurrence = ?",
        Integer.class, businessKey, type.name(), occurrence);
    return n != null && n > 0;
  }

  /** Records a sent mail in its own transaction; false when it was already recorded. */
  boolean record(SentMail mail) {
    try {
      own.executeWithoutResult(status -> jdbc.update("""
          INSERT INTO LM_SENT_MAIL (business_key, mail_type, occurrence, recipient, subject, planned_date, sent_at,
            sender_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
          mail.businessKey(), mail.type().name(), mail.occurrence(), mail.recipient(),
          mail.subject().length() > 500 ? mail.subject().substring(0, 500) : mail.subject(),
          mail.plannedDate() == null ? null : Date.valueOf(mail.plannedDate()), Timestamp.from(mail.sentAt()), mail.senderGroup()));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** The mails sent for a dwelling, oldest first. */
  List<SentMail> of(String businessKey) {
    return jdbc.query("SELECT * FROM LM_SENT_MAIL WHERE business_key = ? ORDER BY sent_at, mail_type",
        (rs, i) -> new SentMail(rs.getString("business_key"), MailType.valueOf(rs.getString("mail_type")),
            rs.getString("occurrence"), rs.getString("recipient"), rs.getString("subject"),
            rs.getDate("planned_date") == null ? null : rs.getDate("planned_date").toLocalDate(),
            rs.getTimestamp("sent_at").toInstant(), rs.getString("sender_group")), businessKey);
  }
}
