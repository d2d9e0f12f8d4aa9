package nl.laatstemeter.notification;

import nl.laatstemeter.platform.SystemAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.BuildingBlocks.CommunicationApproach;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * In whose name a resident mail goes out (block 3.3): under {@code CENTRAL_*} always the
 * communication party; under {@code DISTRIBUTED} the party the routing gives the task the mail
 * concerns (the planned date and completion: the heat company; the indoor work: the installer
 * of the {@code INDOOR} package, else the lead installer). Who does what comes from the routing,
 * not from rules of its own.
 */
@Component
class MailParties {

  /** The execution tasks of the planned day, in the order a resident sees them happen. */
  static final List<String> WORK_OF_THE_DAY =
      List.of("connectToFacade", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection");

  private final RoutingService routing;
  private final IdentityService identity;
  private final MailSettings settings;
  private final SystemAccess system;

  MailParties(RoutingService routing, IdentityService identity, MailSettings settings, SystemAccess system) {
    this.routing = routing;
    this.identity = identity;
    this.settings = settings;
    this.system = system;
  }

  /** Whether the residents have one contact point (CENTRAL_ACTIVE or CENTRAL_PASSIVE). */
  static boolean central(CollaborationForm form) {
    return form.buildingBlocks().communication().approach() != CommunicationApproach.DISTRIBUTED;
  }

  /**
   * The sender of a mail of this type; {@code concernedTask} (may be null) overrides the task the
   * type concerns. The project contact is the single contact point, so it is used only under
   * {@code CENTRAL_*}.
   */
  MailContact sender(CollaborationForm form, MailType type, String concernedTask, Ownership ownership,
      ProjectContact project) {
    String group = central(form) ? communicationGroup(form) : workGroup(form, type, concernedTask, ownership);
    MailSettings.Organisation own = settings.organisation(group);
    String replyTo = settings.replyToOf(group);
    String phone = own.getPhone();
    String person = null;
    if (central(form) && project != null) {
      replyTo = project.email() != null ? project.email() : replyTo;
      phone = project.phone() != null ? project.phone() : phone;
      person = project.name();
    }
    return new MailContact(group, organisationName(group), replyTo, phone, person);
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
    Group found = system.call(() -> identity.createGroupQuery().groupId(group).singleResult());
    return found != null && found.getName() != null && !found.getName().isBlank() ? found.getName() : group;
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

  private String workGroup(CollaborationForm form, MailType type, String concernedTask, Ownership ownership) {
    String task = concernedTask == null || concernedTask.isBlank() ? type.concernedTask() : concernedTask.trim();
    Responsibility r = routing.route(form, task, ownership);
    if (r == null && concernedTask != null && !concernedTask.isBlank()) {
      throw new ProcessEngineException("De e-mail gaat over taak '" + task + "', maar die komt niet voor onder de "
          + "samenwerkingsvorm van dit project: geef als 'concernedTask' een taak uit de catalogus die hier voorkomt");
    }
    List<String> groups = r == null ? new ArrayList<>() : r.groups();
    String group = groups.isEmpty() ? form.parties().get(Role.HEAT_COMPANY) : groups.get(0);
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
