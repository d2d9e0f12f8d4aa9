package nl.laatstemeter.notification;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The mails a resident receives, as input {@code mailType} of the mail task. Who sends each
 * (the communication party, or under {@code DISTRIBUTED} the party of the task it concerns) is
 * decision {@code residentMailSender} of routing.dmn; the task input {@code concernedTask} may
 * name another task, e.g. {@code adaptIndoorInstallation} for a notice about the indoor work.
 */
public enum MailType {
  /** The planned connection date, some working days ahead. */
  PLANNED_DATE("planned-date", "aankondiging van de aansluitdatum"),
  /** The planned date moved (replanning). */
  DATE_CHANGED("date-changed", "wijziging van de aansluitdatum"),
  /** Connected and in operation; who does the aftercare. */
  COMPLETED("completed", "bericht dat de woning is aangesloten"),
  /** A resident report was received; who handles it. */
  REPORT_RECEIVED("report-received", "ontvangstbevestiging van een melding"),
  /** The project stopped before the dwelling's work began: no connection; why (the stop reason). */
  PROJECT_STOPPED("project-stopped", "bericht dat het project is gestopt");

  private final String template;
  private final String description;

  MailType(String template, String description) {
    this.template = template;
    this.description = description;
  }

  /** Base name of its templates under {@code templates/mail/}. */
  public String template() {
    return template;
  }

  /** Dutch, for messages about the mail. */
  public String description() {
    return description;
  }

  /** The type named by a task input; a readable error for anything else. */
  public static MailType of(Object value) {
    if (value != null) {
      for (MailType type : values()) {
        if (type.name().equals(value.toString().trim())) {
          return type;
        }
      }
    }
    throw new ProcessEngineException("Onbekend soort e-mail aan bewoner: '" + value + "'; geef de taak de invoer "
        + "'mailType' met een van " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
