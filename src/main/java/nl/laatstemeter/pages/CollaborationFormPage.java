package nl.laatstemeter.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.advice.CollaborationFormEvaluator;
import nl.laatstemeter.advice.Evaluation;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingReader;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.FormReader;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.identity.OrganisationNames;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.project.ProjectService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@value #PATH} for people: choose a collaboration form and see the report's advice and
 * the responsibility matrix, printable to attach to a collaboration agreement. It posts to itself
 * and evaluates with the same reader and services as {@code POST /api/collaboration-forms/evaluate}.
 * Organisations are chosen by name from the existing ones (Camunda groups); the matrix names them.
 * With a project name and its dwellings as CSV the chosen form starts as a project
 * ({@value #START_PATH}), checked as {@code POST /api/projects} checks it.
 */
@Controller
@RequestMapping(CollaborationFormPage.PATH)
public class CollaborationFormPage {

  public static final String PATH = "/samenwerkingsvorm";
  public static final String START_PATH = PATH + "/project";
  static final String PROJECT_NAME = "project.name";
  static final String PROJECT_DWELLINGS = "project.dwellings";
  private static final PageOptions OPTIONS = new PageOptions();

  private final CollaborationFormEvaluator evaluator;
  private final ObjectProvider<SuggestedParties> suggested;
  private final OrganisationNames organisations;
  private final ProjectService projects;
  private final SystemAccess system;

  public CollaborationFormPage(CollaborationFormEvaluator evaluator, ObjectProvider<SuggestedParties> suggested,
      OrganisationNames organisations, ProjectService projects, SystemAccess system) {
    this.evaluator = evaluator;
    this.suggested = suggested;
    this.organisations = organisations;
    this.projects = projects;
    this.system = system;
  }

  @GetMapping
  public String show(Model model) {
    Map<Role, String> parties = suggested.getIfAvailable(() -> Map::of).parties();
    if (parties.isEmpty()) {
      // nothing to evaluate yet: the recommended choices, the organisations still to be filled in
      model.addAttribute("values", PageForm.defaults(parties));
      model.addAttribute("options", OPTIONS);
      addOrganisations(model);
      model.addAttribute("errorList", List.of());
      model.addAttribute("errors", Map.of());
      return "samenwerkingsvorm";
    }
    return render(PageForm.defaults(parties), model);
  }

  @PostMapping
  public String evaluate(@RequestParam MultiValueMap<String, String> params, Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
    return render(values, model);
  }

  /**
   * Starts the chosen form as a project with the given name and dwellings (CSV as in
   * {@code POST /api/projects/{id}/dwellings}). Any bad field or an ERROR in the advice starts
   * nothing and shows the page with the reasons in Dutch.
   */
  @PostMapping("/project")
  public String start(@RequestParam MultiValueMap<String, String> params, Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
    String result = render(values, model);
    if (!((List<?>) model.getAttribute("errorList")).isEmpty()) {
      return result;
    }
    List<FieldError> errors = new ArrayList<>();
    String csv = values.getOrDefault(PROJECT_DWELLINGS, "");
    // no dwellings yet is allowed: they can be added to the running project later
    DwellingReader.Result dwellings = csv.isBlank() ? new DwellingReader.Result(List.of(), List.of())
        : DwellingReader.readCsv(csv, Set.of());
    dwellings.errors().forEach(e -> errors.add(new FieldError(PROJECT_DWELLINGS + " " + e.field(), e.message())));
    ObjectNode body = PageForm.read(values).json();
    body.put("name", values.getOrDefault(PROJECT_NAME, "").trim());
    body.set("dwellings", dwellingsJson(dwellings.dwellings()));
    ProjectService.Checked checked = null;
    try {
      checked = projects.check(body);
    } catch (ValidationException e) {
      e.errors().stream().filter(f -> !f.field().startsWith("dwellings"))
          .map(f -> f.field().equals("name") ? new FieldError(PROJECT_NAME, f.message()) : f).forEach(errors::add);
    }
    if (checked != null && checked.blocked()) {
      checked.errors().forEach(m -> errors.add(new FieldError("buildingBlocks", m)));
    }
    if (!errors.isEmpty()) {
      model.addAttribute("errorList", errors);
      model.addAttribute("errors", byField(errors));
      return result;
    }
    ProjectService.Created created = projects.create(checked, system.currentUser());
    model.addAttribute("started", new Started(created.id(), checked.name(), checked.dwellings().size()));
    return result;
  }

  /** A project started from the page: shown above the form with a link to Tasklist. */
  public record Started(String id, String name, int dwellings) {}

  private static ArrayNode dwellingsJson(List<Dwelling> dwellings) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Dwelling d : dwellings) {
      ObjectNode node = array.addObject().put("id", d.id()).put("address", d.address()).put("postcode", d.postcode())
          .put("houseNumber", d.houseNumber()).put("ownership", d.ownership().name()).put("type", d.type().name());
      ObjectNode resident = node.putObject("resident").put("name", d.residentName());
      if (d.hasEmail()) {
        resident.put("email", d.residentEmail());
      }
    }
    return array;
  }

  private String render(Map<String, String> values, Model model) {
    PageForm.Read page = PageForm.read(values);
    FormReader.Result read = FormReader.read(page.json());
    List<FieldError> errors = new ArrayList<>(page.errors());
    errors.addAll(read.errors());
    model.addAttribute("values", values);
    model.addAttribute("options", OPTIONS);
    model.addAttribute("errorList", errors);
    model.addAttribute("errors", byField(errors));
    Map<String, String> names = addOrganisations(model);
    if (errors.isEmpty()) {
      Evaluation evaluation = evaluator.evaluate(read.form());
      model.addAttribute("advice", evaluation.advice());
      model.addAttribute("blocked", evaluation.blocked());
      model.addAttribute("rows", MatrixRow.of(evaluation.responsibilities(), id -> names.getOrDefault(id, id)));
    }
    return "samenwerkingsvorm";
  }

  /** The organisations to choose from, by name, and their names by group id (for the matrix and the summary). */
  private Map<String, String> addOrganisations(Model model) {
    List<OrganisationNames.Organisation> all = organisations.all();
    Map<String, String> names = new LinkedHashMap<>();
    all.forEach(o -> names.put(o.id(), o.name()));
    model.addAttribute("organisations", all);
    model.addAttribute("organisationNames", names);
    return names;
  }

  private static Map<String, List<String>> byField(List<FieldError> errors) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    errors.forEach(e -> result.computeIfAbsent(e.field(), f -> new ArrayList<>()).add(e.message()));
    return result;
  }
}
