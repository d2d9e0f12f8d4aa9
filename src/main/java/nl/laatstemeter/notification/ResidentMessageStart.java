package nl.laatstemeter.notification;

import java.util.List;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.ProjectReleases;
import nl.laatstemeter.dwelling.ResidentContact;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts a {@code residentMessage} instance beside the dwelling, as the implementation of the
 * dwelling's message throw events ({@code informResidentOfPlannedDate},
 * {@code informResidentOfDateChange}, {@code informResidentOfCompletion},
 * {@code informResidentOfReportReceipt}):
 * {@code camunda:expression="${residentMessageStart.send(execution, 'PLANNED_DATE')}"}.
 *
 * <p>Fire and forget: the dwelling does not wait for the message. The start belongs to the
 * dwelling's transaction (a dwelling step that rolls back starts no message), but the message
 * instance begins asynchronously (its start event is {@code camunda:asyncBefore}), so neither the
 * mail nor the routing of {@code informResidentOffline} runs in the dwelling's step: a mail server
 * that is down gives retries and an incident on the message instance while the dwelling moves on.
 *
 * <p>The message instance has the dwelling's business key ({@code projectId:dwellingId}) and the
 * variables {@code projectId}, {@code projectName} (Tasklist shows it), {@code dwellingId}, {@code ownership}, {@code address},
 * {@code hasEmail}, {@code collaborationForm}, {@code plannedDate}, {@code previousPlannedDate},
 * {@code reportText}, {@code mailType} and {@code dwellingProcessInstanceId} (and for {@code PROJECT_STOPPED}
 * {@code stopReason}, the dwelling's or else the project's). When the project
 * stops, {@code dwellingStopped} ends the messages still open ({@link #cancelOpen}).
 */
@Component("residentMessageStart")
public class ResidentMessageStart {

  private static final List<String> PASSED_ON = List.of(ProjectVariables.PROJECT_ID, ProjectVariables.PROJECT_NAME, DwellingVariables.DWELLING_ID,
      DwellingVariables.OWNERSHIP, DwellingVariables.ADDRESS, ProjectVariables.COLLABORATION_FORM, DwellingVariables.PLANNED_DATE,
      DwellingVariables.PREVIOUS_PLANNED_DATE, DwellingVariables.REPORT_TEXT);

  private final RuntimeService runtime;
  private final ResidentContact contact;
  private final ProjectReleases project;
  private final SystemAccess system;

  ResidentMessageStart(RuntimeService runtime, ResidentContact contact, ProjectReleases project, SystemAccess system) {
    this.runtime = runtime;
    this.contact = contact;
    this.project = project;
    this.system = system;
  }

  /**
   * Starts the message of {@code mailType} ({@link MailType}) for the dwelling of this execution
   * and returns the id of the new {@code residentMessage} instance.
   */
  public String send(DelegateExecution dwelling, String mailType) {
    MailType type = MailType.of(mailType);
    VariableMap variables = Variables.createVariables();
    for (String name : PASSED_ON) {
      variables.putValue(name, dwelling.getVariable(name));
    }
    variables.putValue(DwellingVariables.HAS_EMAIL, contact.hasEmail(dwelling));
    if (type == MailType.PROJECT_STOPPED) {
      Object reason = dwelling.getVariable(ProjectVariables.STOP_REASON);
      variables.putValue(ProjectVariables.STOP_REASON, reason != null ? reason : project.projectStopReason(dwelling));
    }
    variables.putValue(DwellingVariables.MAIL_TYPE, type.name());
    variables.putValue(DwellingVariables.DWELLING_PROCESS_INSTANCE_ID, dwelling.getProcessInstanceId());
    ProcessInstance message = system.call(() -> runtime.createProcessInstanceByKey(ProcessKeys.RESIDENT_MESSAGE)
        .businessKey(dwelling.getProcessBusinessKey())
        .setVariables(variables)
        .execute());
    return message.getId();
  }

  /**
   * Ends the dwelling's messages that are still running (an open {@code informResidentOffline},
   * a mail job waiting or failing), e.g. when the project stops: the resident is not to hear of a
   * connection that will not happen. Returns how many ended.
   */
  public int cancelOpen(DelegateExecution dwelling, String reason) {
    return system.call(() -> {
      List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.RESIDENT_MESSAGE)
          .processInstanceBusinessKey(dwelling.getProcessBusinessKey()).list().stream()
          .map(ProcessInstance::getId).toList();
      if (!open.isEmpty()) {
        runtime.deleteProcessInstances(open, reason, false, true);
      }
      return open.size();
    });
  }
}
