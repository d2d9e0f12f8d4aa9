package nl.laatstemeter.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a resident mail, as {@code camunda:delegateExpression="${residentMail}"} on an
 * asynchronous service task ({@code camunda:asyncBefore="true"},
 * {@code camunda:failedJobRetryTimeCycle="${mailSettings.retryCycle}"}) with input
 * {@code mailType}: {@code PLANNED_DATE}, {@code DATE_CHANGED}, {@code COMPLETED} or
 * {@code REPORT_RECEIVED} (see {@link MailType}; optional input {@code concernedTask}).
 *
 * <p>The mail goes out once per job: a retry after the SMTP server accepted it (see
 * {@link SentMailLog}) does not send it again. When the server refuses, the job fails with a
 * Dutch message; after the retries of the cycle it becomes an incident in Cockpit, and a retry
 * there sends the mail once the server is back. The business step before the task has committed
 * already (asyncBefore), so a mail never undoes it.
 *
 * <p>For the process: {@code ${residentMail.hasEmail(execution)}} for a gateway "E-mailadres
 * bekend?" (resident-message.bpmn reads variable {@code hasEmail}, set by
 * {@link ResidentMessageStart} from the same register), and {@code ${residentMail.offlineText(execution, 'PLANNED_DATE')}} for
 * the text of {@code informResidentOffline} when the resident has no e-mail address.
 */
@Component("residentMail")
public class ResidentMail implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ResidentMail.class);

  private final ResidentMessages messages;
  private final MailDelivery delivery;
  private final SentMailLog sent;
  private final SystemAccess system;

  ResidentMail(ResidentMessages messages, MailDelivery delivery, SentMailLog sent, SystemAccess system) {
    this.messages = messages;
    this.delivery = delivery;
    this.sent = sent;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailType type = MailType.of(execution.getVariable(DwellingVariables.MAIL_TYPE));
    String occurrence = currentJob(execution);
    ResidentMessages.ResidentMessage message = messages.compose(execution, type);
    if (!message.dwelling().hasEmail()) {
      throw new ProcessEngineException("E-mail aan bewoner " + message.residentLabel() + " kan niet worden verzonden: er is geen e-mailadres bekend. Een woning zonder e-mailadres krijgt de "
          + "taak 'Bewoner informeren zonder e-mail' (informResidentOffline); vraag dat in het proces af met "
          + "${residentMail.hasEmail(execution)}");
    }
    if (sent.wasSent(message.businessKey(), type, occurrence)) {
      LOG.info("{} aan {} is al verzonden (job {}); niet opnieuw", type, message.businessKey(), occurrence);
      return;
    }
    OutgoingMail mail = messages.mail(message);
    try {
      delivery.send(mail);
    } catch (MailDelivery.Failure e) {
      throw new ProcessEngineException("E-mail aan bewoner " + message.residentLabel() + " kon niet worden verzonden: " + e.getMessage() + ". Is de mailserver weer bereikbaar, probeer de job "
          + "dan opnieuw (Cockpit: Retry); de bewoner krijgt de e-mail één keer.", e);
    }
    boolean recorded = sent.record(new SentMailLog.SentMail(message.businessKey(), type, occurrence,
        mail.toAddress(), mail.subject(), message.plannedDate(), ClockUtil.getCurrentTime().toInstant(),
        message.sender().group()));
    if (!recorded) {
      LOG.warn("{} aan {} was al vastgelegd voor job {}: twee keer verzonden?", type, message.businessKey(), occurrence);
    }
  }

  /** Whether the dwelling of this instance has a resident e-mail address. */
  public boolean hasEmail(VariableScope execution) {
    return messages.dwelling(execution).hasEmail();
  }

  /**
   * The content of the mail of this type as plain text (subject first), for
   * {@code informResidentOffline}: the communication party tells the resident by letter, phone or
   * at the door.
   */
  public String offlineText(VariableScope execution, String mailType) {
    return messages.offlineText(messages.compose(execution, MailType.of(mailType)));
  }

  /**
   * The id of the job that runs this task: the same for every retry of it, new for each time the
   * process arrives at the task. Refuses a task that is not asynchronous, where a failing mail
   * would roll back the step before it.
   */
  private String currentJob(DelegateExecution execution) {
    Set<String> executions = new HashSet<>();
    executions.add(execution.getId());
    if (execution.getParentId() != null) {
      executions.add(execution.getParentId()); // a scope activity runs in a child of the job's execution
    }
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    List<Job> jobs = system.call(() -> management.createJobQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .messages().list());
    return jobs.stream().filter(j -> executions.contains(j.getExecutionId())).map(Job::getId).findFirst()
        .orElseThrow(() -> new ProcessEngineException("E-mail aan bewoner vanuit taak '"
            + execution.getCurrentActivityId() + "': de taak moet asynchroon zijn (camunda:asyncBefore=\"true\" en "
            + "camunda:failedJobRetryTimeCycle=\"${mailSettings.retryCycle}\"), zodat een e-mailfout de stap ervoor "
            + "niet terugdraait"));
  }
}
