package nl.laatstemeter.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.laatstemeter.contract.BusinessTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings of the mails, prefix {@code laatstemeter.mail}, with their defaults here. The SMTP
 * server itself is {@code spring.mail.*}. Bean {@code mailSettings}, so a BPMN can say
 * {@code camunda:failedJobRetryTimeCycle="${mailSettings.retryCycle}"}.
 *
 * <pre>
 * laatstemeter:
 *   mail:
 *     from-address: noreply@laatstemeter.example       # envelope sender of every mail
 *     platform-name: Laatste Meter                     # sender name of the party digests
 *     default-reply-to: noreply+{group}@laatstemeter.example
 *     retry-cycle: R5/PT5M                             # tries of a failing resident mail, then an incident
 *     planned-date-notice-working-days: 10
 *     notice-time: "09:00"                             # time of day the planned-date notice goes out
 *     base-url: http://localhost:8080                  # for the Tasklist links in digests
 *     digest-enabled: true                             # the digest run on this node
 *     digest-poll: PT1M                                # how often it runs
 *     digest-interval: PT1H                            # at most one digest per user per interval
 *     organisations:
 *       warmtebedrijf-stad:                            # Camunda group id of the organisation
 *         from-name: Warmtebedrijf Stad                # default: the group's name
 *         reply-to: bewoners@warmtebedrijf-stad.nl     # default: default-reply-to
 *         phone: 010 123 45 67                         # optional, shown to residents
 * </pre>
 */
@Component("mailSettings")
@ConfigurationProperties(prefix = "laatstemeter.mail")
public class MailSettings {

  /** Address every mail is sent from; the organisation's name is its display name. */
  private String fromAddress = "noreply@laatstemeter.example";
  /** Display name of mails that come from the platform itself (party digests). */
  private String platformName = "Laatste Meter";
  /** Reply-to of an organisation without its own, {@code {group}} replaced by its group id. */
  private String defaultReplyTo = "noreply+{group}@laatstemeter.example";
  /** Camunda failedJobRetryTimeCycle of the resident mail tasks (the R form: tries and wait). */
  private String retryCycle = "R5/PT5M";
  /** Working days between the planned-date notice and the planned date. */
  private int plannedDateNoticeWorkingDays = 10;
  /** Time of day at which the planned-date notice is sent. */
  private LocalTime noticeTime = LocalTime.of(9, 0);
  /** Base URL of the application as users reach it, for the Tasklist links. */
  private String baseUrl = "http://localhost:8080";
  /** Whether this node runs the digest every {@link #digestPoll}. */
  private boolean digestEnabled = true;
  /** How often this node looks for new tasks to report. */
  private Duration digestPoll = Duration.ofMinutes(1);
  /** At most one digest per user per interval. */
  private Duration digestInterval = Duration.ofHours(1);
  /** Tasks listed in one digest; the rest are counted and found in Tasklist. */
  private int digestMaxTasks = 50;
  /** A claim on notices or a user's digest older than this is taken over (a node stopped). */
  private Duration claimTimeout = Duration.ofMinutes(10);
  /** Identifies this node in claims; unique per running application. */
  private String nodeId = UUID.randomUUID().toString();
  /** Per organisation (Camunda group id): how resident mails in its name look. */
  private Map<String, Organisation> organisations = new LinkedHashMap<>();

  /** Mail settings of one organisation. */
  public static class Organisation {
    private String fromName;
    private String replyTo;
    private String phone;

    public String getFromName() {
      return fromName;
    }

    public void setFromName(String fromName) {
      this.fromName = fromName;
    }

    public String getReplyTo() {
      return replyTo;
    }

    public void setReplyTo(String replyTo) {
      this.replyTo = replyTo;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }
  }

  /** The settings of an organisation; empty ones when none are configured. */
  public Organisation organisation(String groupId) {
    Organisation o = organisations.get(groupId);
    return o == null ? new Organisation() : o;
  }

  public String replyToOf(String groupId) {
    String own = organisation(groupId).getReplyTo();
    return own != null && !own.isBlank() ? own : defaultReplyTo.replace("{group}", groupId);
  }

  public String getFromAddress() {
    return fromAddress;
  }

  public void setFromAddress(String fromAddress) {
    this.fromAddress = fromAddress;
  }

  public String getPlatformName() {
    return platformName;
  }

  public void setPlatformName(String platformName) {
    this.platformName = platformName;
  }

  public String getDefaultReplyTo() {
    return defaultReplyTo;
  }

  public void setDefaultReplyTo(String defaultReplyTo) {
    this.defaultReplyTo = defaultReplyTo;
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  public void setRetryCycle(String retryCycle) {
    this.retryCycle = retryCycle;
  }

  public int getPlannedDateNoticeWorkingDays() {
    return plannedDateNoticeWorkingDays;
  }

  public void setPlannedDateNoticeWorkingDays(int plannedDateNoticeWorkingDays) {
    this.plannedDateNoticeWorkingDays = plannedDateNoticeWorkingDays;
  }

  public LocalTime getNoticeTime() {
    return noticeTime;
  }

  public void setNoticeTime(LocalTime noticeTime) {
    this.noticeTime = noticeTime;
  }


  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public boolean isDigestEnabled() {
    return digestEnabled;
  }

  public void setDigestEnabled(boolean digestEnabled) {
    this.digestEnabled = digestEnabled;
  }

  public Duration getDigestPoll() {
    return digestPoll;
  }

  public void setDigestPoll(Duration digestPoll) {
    this.digestPoll = digestPoll;
  }

  public Duration getDigestInterval() {
    return digestInterval;
  }

  public void setDigestInterval(Duration digestInterval) {
    this.digestInterval = digestInterval;
  }

  public int getDigestMaxTasks() {
    return digestMaxTasks;
  }

  public void setDigestMaxTasks(int digestMaxTasks) {
    this.digestMaxTasks = digestMaxTasks;
  }

  public Duration getClaimTimeout() {
    return claimTimeout;
  }

  public void setClaimTimeout(Duration claimTimeout) {
    this.claimTimeout = claimTimeout;
  }

  public String getNodeId() {
    return nodeId;
  }

  public void setNodeId(String nodeId) {
    this.nodeId = nodeId;
  }

  public Map<String, Organisation> getOrganisations() {
    return organisations;
  }

  public void setOrganisations(Map<String, Organisation> organisations) {
    this.organisations = organisations;
  }
}
