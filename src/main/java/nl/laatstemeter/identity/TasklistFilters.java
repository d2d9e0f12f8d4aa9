package nl.laatstemeter.identity;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The two Tasklist filters every user sees (Tasklist lists tasks only through filters). Global
 * filters without owner, readable by everyone; each user sees in them only the tasks the
 * authorizations let them read.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "Mijn taken";
  public static final String ORGANISATION_TASKS = "Taken van mijn organisatie";

  /**
   * Shown with each task in the list, so tasks of different dwellings can be told apart: the
   * dwelling's address and the project's name (project and dwelling instances both carry it).
   */
  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", DwellingVariables.ADDRESS, "label", "Adres"),
      Map.of("name", ProjectVariables.PROJECT_NAME, "label", "Project"));

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityStore store;

  TasklistFilters(FilterService filters, TaskService tasks, IdentityStore store) {
    this.filters = filters;
    this.tasks = tasks;
    this.store = store;
  }

  void ensure() {
    ensure(MY_TASKS, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), 10,
        "Taken die aan mij zijn toegewezen");
    ensure(ORGANISATION_TASKS,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), 20,
        "Alle open taken van mijn organisatie, ook die een collega al heeft opgepakt");
  }

  private void ensure(String name, TaskQuery query, int priority, String description) {
    Filter filter = filters.createFilterQuery().filterName(name).list().stream()
        .filter(f -> f.getOwner() == null)
        .findFirst()
        .orElse(null);
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
              "variables", SHOWN_VARIABLES));
      filters.saveFilter(filter);
    } else if (!SHOWN_VARIABLES.equals(filter.getProperties().get("variables"))) {
      // a filter of an earlier version (e.g. showing the project id): shows the names from now on
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", SHOWN_VARIABLES);
      filters.saveFilter(filter.setProperties(properties));
    }
    store.grantEveryone(FILTER, filter.getId(), Permissions.READ);
  }
}
