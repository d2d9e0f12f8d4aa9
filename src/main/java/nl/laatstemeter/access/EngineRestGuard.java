package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards what a party writes through Camunda's engine REST API, at {@code /engine-rest} and at
 * Tasklist's own {@code /camunda/api/engine/engine/default} (DOMAIN.md section 10):
 * <ul>
 *   <li>variables written through a task (complete, submit-form, resolve, BPMN error/escalation,
 *       the variables and local variables endpoints: Tasklist's Save) only as fields of the task's
 *       form, with values it allows ({@link TaskWriteRules});</li>
 *   <li>no candidate groups or identity links, no delegating, no assignee but oneself, no task
 *       update: claim, unclaim, complete and comments stay;</li>
 *   <li>no variables of process instances or executions, no messages, signals or modifications:
 *       those steer the routing and the process, and change through their own tasks and API.</li>
 * </ul>
 * Admins ({@code camunda-admin}) keep every right. Runs after authentication: it reads the user
 * the engine has for the request; a refused request changes nothing.
 */
class EngineRestGuard extends OncePerRequestFilter {

  private static final Set<String> COMPLETING = Set.of("complete", "submit-form");
  private static final Set<String> WITH_VARIABLES = Set.of("complete", "submit-form", "resolve", "bpmnError",
      "bpmnEscalation");
  private static final Set<String> VARIABLE_PATHS = Set.of("variables", "localVariables");
  private static final Set<String> INSTANCE_RESOURCES = Set.of("process-instance", "execution");
  private static final Set<String> PROCESS_STEERING = Set.of("message", "signal", "condition");
  private static final int MAX_BODY = 5 * 1024 * 1024;

  private final IdentityService identity;
  private final TaskForms forms;
  private final TaskWriteRules rules;
  private final ObjectMapper mapper;
  private final ProcessRouting routing;

  EngineRestGuard(IdentityService identity, TaskForms forms, TaskWriteRules rules, ObjectMapper mapper,
      ProcessRouting routing) {
    this.routing = routing;
    this.identity = identity;
    this.forms = forms;
    this.rules = rules;
    this.mapper = mapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    List<String> path = enginePath(request.getRequestURI().substring(request.getContextPath().length()));
    Authentication user = identity.getCurrentAuthentication();
    if (path == null || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || user == null) {
      chain.doFilter(request, response);
      return;
    }
    Refusal broken = brokenRouting(method, path);
    if (broken != null) {
      refuse(response, broken);
      return;
    }
    if (isAdmin(user)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request, MAX_BODY);
    Refusal refusal;
    if (cached.tooLarge()) {
      refusal = new Refusal(Refusal.BAD_REQUEST, List.of(new FieldError("$", "het verzoek is te groot")));
    } else {
      refusal = check(method, path, cached, user);
    }
    if (refusal == null) {
      chain.doFilter(cached, response);
    } else {
      refuse(response, refusal);
    }
  }

  /** The resource path below the engine, e.g. [task, 123, complete]; null for anything else. */
  static List<String> enginePath(String uri) {
    String rest;
    int webapp = uri.indexOf("/api/engine/engine/");
    if (uri.startsWith("/engine-rest/")) {
      rest = uri.substring("/engine-rest/".length());
      if (rest.startsWith("engine/")) {
        rest = afterEngineName(rest.substring("engine/".length()));
      }
    } else if (webapp >= 0) {
      rest = afterEngineName(uri.substring(webapp + "/api/engine/engine/".length()));
    } else {
      return null;
    }
    if (rest == null) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    for (String s : rest.split("/")) {
      if (!s.isEmpty()) {
        segments.add(java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  private static String afterEngineName(String rest) {
    int slash = rest.indexOf('/');
    return slash < 0 ? null : rest.substring(slash + 1);
  }

  private Refusal check(String method, List<String> path, CachedBodyRequest request, Authentication user) {
    if (path.isEmpty()) {
      return null;
    }
    String resource = path.get(0);
    if (PROCESS_STEERING.contains(resource)) {
      return Refusal.forbidden(resource, "berichten, signalen en voorwaarden sturen het proces: alleen een beheerder "
          + "stuurt ze via deze API");
    }
    if (INSTANCE_RESOURCES.contains(resource) && path.size() >= 2) {
      boolean variables = path.stream().anyMatch(VARIABLE_PATHS::contains) || path.get(1).startsWith("variables");
      if (variables || path.contains("modification") || path.contains("signal") || path.contains("messageSubscriptions")) {
        return Refusal.forbidden(String.join("/", path.subList(0, Math.min(path.size(), 4))),
            "de variabelen en de stand van een proces wijzigen alleen via de eigen taken en de API van het product");
      }
      return null;
    }
    if (!"task".equals(resource) || path.size() < 2) {
      return null;
    }
    if (path.size() == 2) {
      return "PUT".equals(method) ? Refusal.forbidden("task", "een taak wijzigen (naam, termijn, eigenaar) mag alleen "
          + "een beheerder") : null;
    }
    String taskId = path.get(1);
    String action = path.get(2);
    if ("identity-links".equals(action)) {
      return Refusal.forbidden("identity-links", "kandidaatgroepen en betrokkenen van een taak volgen uit de "
          + "samenwerkingsvorm: alleen een beheerder wijzigt ze");
    }
    if ("delegate".equals(action)) {
      return Refusal.forbidden("userId", "een taak overdragen aan een ander mag alleen een beheerder; claimen en "
          + "vrijgeven kan iedereen van de organisatie");
    }
    if ("assignee".equals(action)) {
      JsonNode body = request.json(mapper);
      String assignee = body == null ? null : body.path("userId").asText(null);
      return assignee == null || assignee.equals(user.getUserId()) ? null : Refusal.forbidden("userId",
          "een taak toewijzen aan een ander mag alleen een beheerder; claim de taak zelf");
    }
    boolean taskWrite = ("POST".equals(method) && WITH_VARIABLES.contains(action) && path.size() == 3)
        || VARIABLE_PATHS.contains(action);
    if (!taskWrite) {
      return null;
    }
    Task task = forms.visibleTask(taskId);
    if (task == null) {
      return null; // the engine answers for a task the user may not see
    }
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    List<String> deletions = new ArrayList<>();
    if (WITH_VARIABLES.contains(action)) {
      JsonNode body = request.json(mapper);
      if (body == null) {
        return null; // malformed: the engine answers 400
      }
      body.path("variables").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
    } else if (path.size() == 3) {
      if (!"POST".equals(method)) {
        return null;
      }
      JsonNode body = request.json(mapper);
      if (body == null) {
        return null;
      }
      body.path("modifications").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
      body.path("deletions").forEach(d -> deletions.add(d.asText()));
    } else {
      String name = path.get(3);
      if (path.size() > 4) {
        // binary data (…/variables/{name}/data): no form field takes a file
        ObjectNode file = mapper.createObjectNode().put("type", "File").put("value", "(bestand)");
        variables.put(name, file);
      } else if ("DELETE".equals(method)) {
        deletions.add(name);
      } else if ("PUT".equals(method)) {
        JsonNode body = request.json(mapper);
        if (body == null) {
          return null;
        }
        variables.put(name, body);
      }
    }
    return rules.check(task, variables, deletions, COMPLETING.contains(action));
  }

  /**
   * Completing a task whose process carries data that breaks its routing (e.g. a damaged
   * collaboration form): 400 naming the variable, before the engine would fail in a listener.
   */
  private Refusal brokenRouting(String method, List<String> path) {
    if (!"POST".equals(method) || path.size() != 3 || !"task".equals(path.get(0))
        || !(COMPLETING.contains(path.get(2)) || "resolve".equals(path.get(2)))) {
      return null;
    }
    Task task = forms.visibleTask(path.get(1));
    if (task == null) {
      return null;
    }
    Map.Entry<String, String> problem = routing.routingProblem(forms.variable(task.getId(), ProjectVariables.COLLABORATION_FORM),
        forms.variable(task.getId(), ProjectVariables.PROJECT_ID), forms.variable(task.getId(), DwellingVariables.OWNERSHIP));
    return problem == null ? null
        : new Refusal(Refusal.BAD_REQUEST, List.of(new FieldError(problem.getKey(), problem.getValue())));
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  private void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
    response.setStatus(refusal.status());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    ObjectNode body = mapper.createObjectNode();
    body.put("type", refusal.type());
    body.put("message", refusal.message());
    body.set("errors", mapper.valueToTree(refusal.errors()));
    mapper.writeValue(response.getOutputStream(), body);
  }
}
