package nl.laatstemeter.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import nl.laatstemeter.contract.ProcessKeys;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The identity every profile needs, created idempotently at startup (first of all; the demo data
 * of {@code nl.laatstemeter.demo} follows when enabled):
 * <ul>
 *   <li>everyone may use Tasklist; what a user sees there are the tasks of their organisation,
 *   through Camunda's default task authorization for candidate groups (READ + UPDATE);</li>
 *   <li>group {@value #MANAGEMENT} reads everything in Cockpit, without admin rights, and reads
 *   (never changes) groups and users, so that Cockpit shows the names of organisations and people
 *   where it would show their ids (its tasks per group, the assignees of tasks);</li>
 *   <li>the group of Camunda's administrator ({@link Groups#CAMUNDA_ADMIN}, created by the
 *   starter's admin user) is called {@value #ADMINISTRATORS} instead of Camunda's English name;</li>
 *   <li>every organisation but management may start a project ({@code connectionProject}) from its
 *   start form;</li>
 *   <li>the Tasklist filters of {@link TasklistFilters}.</li>
 * </ul>
 * Organisations are Camunda groups of type {@value #ORGANISATION_GROUP_TYPE}, Camunda's type for
 * groups that take part in processes; their members see only tasks routed to that group.
 */
@Component
public class IdentitySetup {

  public static final String MANAGEMENT = "management";
  public static final String ORGANISATION_GROUP_TYPE = Groups.GROUP_TYPE_WORKFLOW;
  /** Dutch name of the administrators' group, which Camunda creates as {@value #CAMUNDA_ADMINISTRATORS}. */
  public static final String ADMINISTRATORS = "Beheerders";
  static final String CAMUNDA_ADMINISTRATORS = "camunda BPM Administrators";
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final IdentityStore store;
  private final TasklistFilters filters;

  IdentitySetup(IdentityStore store, TasklistFilters filters) {
    this.store = store;
    this.filters = filters;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void onApplicationReady() {
    ensure();
  }

  /**
   * An organisation (Camunda group of type {@value #ORGANISATION_GROUP_TYPE}), created when missing,
   * that may start a project.
   */
  public void ensureOrganisation(String groupId, String name) {
    store.ensureGroup(groupId, name, ORGANISATION_GROUP_TYPE);
    allowProjectStart(groupId);
  }

  /**
   * The organisation's users may start a project from Tasklist's start form (as through
   * /api/projects). Organisations made later in Camunda Admin get this at the next start of the
   * application, or from an administrator in Admin (Autorisaties, Procesdefinitie connectionProject).
   */
  void allowProjectStart(String groupId) {
    store.grantGroup(groupId, PROCESS_DEFINITION, ProcessKeys.PROJECT, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  /** Creates what is missing; changes nothing when everything exists. */
  public void ensure() {
    store.grantEveryone(APPLICATION, TASKLIST, Permissions.ACCESS);
    store.grantEveryone(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    // Starting a project is granted per organisation (allowProjectStart), not to everyone: the
    // engine checks authorizations with revokes (application.yaml), and there a global
    // authorization on connectionProject without TASK_WORK would deny every party its project tasks.
    store.removeEveryone(PROCESS_DEFINITION, ProcessKeys.PROJECT); // the global grant of earlier versions

    store.ensureGroup(MANAGEMENT, "Management", ORGANISATION_GROUP_TYPE);
    for (String organisation : store.groupIds(ORGANISATION_GROUP_TYPE)) {
      if (!MANAGEMENT.equals(organisation)) {
        allowProjectStart(organisation);
      }
    }
    store.grantGroup(MANAGEMENT, APPLICATION, COCKPIT, Permissions.ACCESS);
    store.grantGroup(MANAGEMENT, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK);
    store.grantGroup(MANAGEMENT, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    store.grantGroup(MANAGEMENT, TASK, ANY, TaskPermissions.READ);
    store.grantGroup(MANAGEMENT, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    store.grantGroup(MANAGEMENT, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    store.grantGroup(MANAGEMENT, DEPLOYMENT, ANY, Permissions.READ);
    // names instead of ids in Cockpit; read only (names of organisations are no secret, they are
    // in the collaboration form; the manager already reads every task and its assignee)
    store.grantGroup(MANAGEMENT, GROUP, ANY, Permissions.READ);
    store.grantGroup(MANAGEMENT, USER, ANY, Permissions.READ);

    store.renameGroup(Groups.CAMUNDA_ADMIN, CAMUNDA_ADMINISTRATORS, ADMINISTRATORS);

    filters.ensure();
  }
}
