package nl.laatstemeter.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Composes a resident mail for a dwelling instance: reads the dwelling from the register, the
 * form in force and the project's contact details, picks the sender and renders the templates.
 *
 * <p>Variables read (dwelling instance, or for the contact details the project instance):
 * {@code projectId}, {@code dwellingId} (else taken from the business key
 * {@code projectId:dwellingId}), {@code plannedDate} (else the register's date),
 * {@code previousPlannedDate} (optional, for {@code DATE_CHANGED}), {@code reportText}
 * (optional, quoted in {@code REPORT_RECEIVED}), {@code stopReason} (optional, in {@code PROJECT_STOPPED}), {@code concernedTask} (optional task input),
 * and the project's {@code contactName}, {@code contactEmail}, {@code contactPhone}.
 */
@Component
class ResidentMessages {

  private final DwellingRegister register;
  private final ProcessRouting routing;
  private final MailParties parties;
  private final MailTemplates templates;
  private final ProcessInstances instances;
  private final MailSettings settings;

  ResidentMessages(DwellingRegister register, ProcessRouting routing, MailParties parties, MailTemplates templates,
      ProcessInstances instances, MailSettings settings) {
    this.register = register;
    this.routing = routing;
    this.parties = parties;
    this.templates = templates;
    this.instances = instances;
    this.settings = settings;
  }

  /** A composed mail with what it is about. */
  record ResidentMessage(String projectId, Dwelling dwelling, MailType type, LocalDate plannedDate,
      MailContact sender, Map<String, Object> model) {

    String businessKey() {
      return new BusinessKey(projectId, dwelling.id()).value();
    }

    /**
     * "Jan Jansen <jan@example.nl> (Dorpsstraat 1, 1234 AB; woning w-1 van project p-1;
     * aankondiging van de aansluitdatum)".
     */
    String residentLabel() {
      String who = dwelling.residentName() == null ? "" : dwelling.residentName() + " ";
      String mail = dwelling.hasEmail() ? "<" + dwelling.residentEmail() + "> " : "";
      return who + mail + "(" + address(dwelling) + "; woning " + dwelling.id() + " van project " + projectId + "; "
          + type.description() + ")";
    }
  }

  /** The dwelling of the instance; a readable error when it is not registered. */
  Dwelling dwelling(VariableScope scope) {
    String projectId = projectId(scope);
    String dwellingId = dwellingId(scope);
    return register.find(projectId, dwellingId).orElseThrow(() -> new ProcessEngineException(
        "Woning '" + dwellingId + "' van project '" + projectId + "' staat niet in het woningregister"));
  }

  ResidentMessage compose(VariableScope scope, MailType type) {
    String projectId = projectId(scope);
    Dwelling dwelling = dwelling(scope);
    CollaborationForm form = routing.formInForce(scope);
    if (form == null) {
      throw new ProcessEngineException("Geen samenwerkingsvorm gevonden voor project '" + projectId
          + "': de afzender van de e-mail aan de bewoner is niet te bepalen");
    }
    Object concerned = scope.getVariable(DwellingVariables.CONCERNED_TASK);
    MailContact sender = parties.sender(form, type, concerned == null ? null : concerned.toString(),
        dwelling.ownership(), projectContact(scope, projectId));
    LocalDate planned = plannedDate(scope, projectId, dwelling.id());
    if (planned == null && (type == MailType.PLANNED_DATE || type == MailType.DATE_CHANGED)) {
      throw new ProcessEngineException("Woning '" + dwelling.id() + "' van project '" + projectId
          + "' heeft nog geen geplande datum: de " + type.description() + " kan niet worden opgesteld");
    }

    Map<String, Object> model = new HashMap<>();
    model.put("residentName", dwelling.residentName());
    model.put(DwellingVariables.ADDRESS, dwelling.address() + " " + dwelling.houseNumber());
    model.put("postcode", dwelling.postcode());
    model.put(DwellingVariables.PLANNED_DATE, DutchCalendar.format(planned));
    model.put(DwellingVariables.PREVIOUS_PLANNED_DATE, DutchCalendar.format(date(scope.getVariable(DwellingVariables.PREVIOUS_PLANNED_DATE))));
    model.put("today", DutchCalendar.format(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BusinessTime.ZONE)));
    model.put(DwellingVariables.REPORT_TEXT, text(scope.getVariable(DwellingVariables.REPORT_TEXT)));
    model.put(ProjectVariables.STOP_REASON, text(scope.getVariable(ProjectVariables.STOP_REASON)));
    model.put("central", parties.central(form, type));
    model.put("organisation", sender.organisation());
    model.put(ProjectVariables.CONTACT_PERSON, sender.person());
    model.put(ProjectVariables.CONTACT_EMAIL, sender.replyTo());
    model.put(ProjectVariables.CONTACT_PHONE, sender.phone());
    List<Map<String, String>> work = new ArrayList<>();
    parties.workOfTheDay(form, dwelling.ownership()).forEach((task, organisation) ->
        work.add(Map.of("task", task, "organisation", organisation)));
    model.put("work", work);
    return new ResidentMessage(projectId, dwelling, type, planned, sender, model);
  }

  OutgoingMail mail(ResidentMessage message) {
    MailTemplates.Rendered rendered = templates.render(message.type().template(), message.model());
    return new OutgoingMail(message.dwelling().residentEmail(), message.dwelling().residentName(),
        message.sender().organisation(), message.sender().replyTo(), rendered.subject(), rendered.text(), rendered.html());
  }

  /** The plain text of the mail with its subject as the first line, for a resident without e-mail. */
  String offlineText(ResidentMessage message) {
    MailTemplates.Rendered rendered = templates.render(message.type().template(), message.model());
    return rendered.subject() + "\n\n" + rendered.text().strip();
  }

  static String address(Dwelling d) {
    return d.address() + " " + d.houseNumber() + ", " + d.postcode();
  }

  String projectId(VariableScope scope) {
    Object id = scope.getVariable(ProjectVariables.PROJECT_ID);
    if (id == null && scope instanceof DelegateExecution execution) {
      id = BusinessKey.parse(execution.getProcessBusinessKey()).map(BusinessKey::projectId).orElse(null);
    }
    if (id == null) {
      throw new ProcessEngineException("E-mail aan bewoner: het proces mist de variabele 'projectId'");
    }
    return id.toString();
  }

  String dwellingId(VariableScope scope) {
    Object id = scope.getVariable(DwellingVariables.DWELLING_ID);
    if (id == null && scope instanceof DelegateExecution execution) {
      id = BusinessKey.parse(execution.getProcessBusinessKey()).map(BusinessKey::dwellingId).orElse(null);
    }
    if (id == null) {
      throw new ProcessEngineException("E-mail aan bewoner: het proces mist de variabele 'dwellingId'");
    }
    return id.toString();
  }

  LocalDate plannedDate(VariableScope scope, String projectId, String dwellingId) {
    LocalDate own = date(scope.getVariable(DwellingVariables.PLANNED_DATE));
    return own != null ? own : register.plannedDate(projectId, dwellingId).orElse(null);
  }

  /**
   * The contact details of the dwelling instance or else of its project instance
   * ({@code connectionProject} with business key = project id); null when none are set.
   */
  private MailParties.ProjectContact projectContact(VariableScope scope, String projectId) {
    MailParties.ProjectContact own = new MailParties.ProjectContact(text(scope.getVariable(ProjectVariables.CONTACT_NAME)),
        text(scope.getVariable(ProjectVariables.CONTACT_EMAIL)), text(scope.getVariable(ProjectVariables.CONTACT_PHONE)));
    if (own.any()) {
      return own;
    }
    Map<String, Object> vars = instances.projectVariables(projectId,
        List.of(ProjectVariables.CONTACT_NAME, ProjectVariables.CONTACT_EMAIL, ProjectVariables.CONTACT_PHONE));
    MailParties.ProjectContact project = new MailParties.ProjectContact(text(vars.get(ProjectVariables.CONTACT_NAME)),
        text(vars.get(ProjectVariables.CONTACT_EMAIL)), text(vars.get(ProjectVariables.CONTACT_PHONE)));
    return project.any() ? project : null;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** A date variable as ISO text, LocalDate or Date. */
  private LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), BusinessTime.ZONE);
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (RuntimeException e) {
      throw new ProcessEngineException("Datum '" + text + "' is geen datum (verwacht bijvoorbeeld 2026-03-03)", e);
    }
  }
}
