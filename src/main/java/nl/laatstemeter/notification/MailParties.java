package nl.laatstemeter.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/**
 * In whose name a resident mail goes out (block 3.3), as decision {@code residentMailSender} of
 * routing.dmn says: under {@code CENTRAL_*} the communication party; under {@code DISTRIBUTED} the
 * party the routing gives the task the mail concerns (the planned date and completion: the heat
 * company; the indoor work: the installer of the {@code INDOOR} package, else the lead installer).
 * Java only applies the decisions.
 */
@Component
class MailParties {

  /** The execution tasks of the planned day, in the order a resident sees them happen. */
  static final List<String> WORK_OF_THE_DAY =
      List.of("connectToFacade", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection");

  private final RoutingService routing;
  private final Organisations organisations;
  private final MailSettings settings;

  MailParties(RoutingService routing, Organisations organisations, MailSettings settings) {
    this.routing = routing;
    this.organisations = organisations;
    this.settings = settings;
  }

  /**
   * Whether the mail comes from the residents' one contact point, the communication party
   * (decision {@code residentMailSender} of routing.dmn: under CENTRAL_ACTIVE and CENTRAL_PASSIVE).
   */
  boolean central(CollaborationForm form, MailType type) {
    return senderRule(form, type).communicationParty();
  }

  /**
   * The sender of a mail of this type (decision {@code residentMailSender}); {@code concernedTask}
   * (may be null) overrides the task the decision names. The project contact is the single contact
   * point, so it is used only when the communication party sends.
   */
  MailContact sender(CollaborationForm form, MailType type, String concernedTask, Ownership ownership,
      ProjectContact project) {
    RoutingService.MailSender rule = senderRule(form, type);
    String group = rule.communicationParty() ? communicationGroup(form)
        : workGroup(form, rule, concernedTask, ownership);
    MailSettings.Organisation own = settings.organisation(group);
    String replyTo = settings.replyToOf(group);
    String phone = own.getPhone();
    String person = null;
    if (rule.communicationParty() && project != null) {
      replyTo = project.email() != null ? project.email() : replyTo;
      phone = project.phone() != null ? project.phone() : phone;
      person = project.name();
    }
    return new MailContact(group, organisationName(group), replyTo, phone, person);
  }

  private RoutingService.MailSender senderRule(CollaborationForm form, MailType type) {
    return routing.residentMailSender(form.buildingBlocks().communication().approach(), type.name());
  }

  /** The organisations of the planned day's work, task id to organisation name, for the tasks that occur. */
  Map<String, String> workOfTheDay(CollaborationForm form, Ownership ownership) {
    Map<String, String> work = new LinkedHashMap<>();
    for (String task : WORK_OF_THE_DAY) {
      Responsibility r = routing.route(form, task, ownership);
      if (r != null && !r.groups().isEmpty()) {
        work.put(task, organisationName(r.groups().get(0)));
      }
    }
    return work;
  }

  /** The display name: {@code from-name} of the settings, else the Camunda group's name, else its id. */
  String organisationName(String group) {
    String configured = settings.organisation(group).getFromName();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return organisations.displayName(group);
  }

  private String communicationGroup(CollaborationForm form) {
    Role role = form.buildingBlocks().communication().party();
    if (role == null) {
      role = routing.resolveDefaults(form).buildingBlocks().communication().party();
    }
    String group = role == null ? null : form.parties().get(role);
    if (group == null) {
      throw new ProcessEngineException("Geen afzender voor e-mail aan bewoners: de communicatiepartij (" + role
          + ") heeft geen organisatie in dit project");
    }
    return group;
  }

  private String workGroup(CollaborationForm form, RoutingService.MailSender rule, String concernedTask,
      Ownership ownership) {
    String task = concernedTask == null || concernedTask.isBlank() ? rule.concernedTask() : concernedTask.trim();
    Responsibility r = task == null ? null : routing.route(form, task, ownership);
    if (r == null && concernedTask != null && !concernedTask.isBlank()) {
      throw new ProcessEngineException("De e-mail gaat over taak '" + task + "', maar die komt niet voor onder de "
          + "samenwerkingsvorm van dit project: geef als 'concernedTask' een taak uit de catalogus die hier voorkomt");
    }
    List<String> groups = r == null ? new ArrayList<>() : r.groups();
    String group = !groups.isEmpty() ? groups.get(0)
        : rule.fallbackRole() == null ? null : form.parties().get(rule.fallbackRole());
    if (group == null) {
      throw new ProcessEngineException("Geen afzender voor e-mail aan bewoners over taak '" + task
          + "': de partij van die taak heeft geen organisatie in dit project");
    }
    return group;
  }

  /** Contact details a project sets for its residents (project variables). */
  record ProjectContact(String name, String email, String phone) {
    boolean any() {
      return name != null || email != null || phone != null;
    }
  }
}
