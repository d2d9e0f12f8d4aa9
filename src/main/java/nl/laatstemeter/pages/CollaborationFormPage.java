package nl.laatstemeter.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.advice.CollaborationFormEvaluator;
import nl.laatstemeter.advice.Evaluation;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.FormReader;
import nl.laatstemeter.form.Role;
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
 */
@Controller
@RequestMapping(CollaborationFormPage.PATH)
public class CollaborationFormPage {

  public static final String PATH = "/samenwerkingsvorm";
  private static final PageOptions OPTIONS = new PageOptions();

  private final CollaborationFormEvaluator evaluator;
  private final ObjectProvider<SuggestedParties> suggested;

  public CollaborationFormPage(CollaborationFormEvaluator evaluator, ObjectProvider<SuggestedParties> suggested) {
    this.evaluator = evaluator;
    this.suggested = suggested;
  }

  @GetMapping
  public String show(Model model) {
    Map<Role, String> parties = suggested.getIfAvailable(() -> Map::of).parties();
    if (parties.isEmpty()) {
      // nothing to evaluate yet: the recommended choices, the organisations still to be filled in
      model.addAttribute("values", PageForm.defaults(parties));
      model.addAttribute("options", OPTIONS);
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

  private String render(Map<String, String> values, Model model) {
    PageForm.Read page = PageForm.read(values);
    FormReader.Result read = FormReader.read(page.json());
    List<FieldError> errors = new ArrayList<>(page.errors());
    errors.addAll(read.errors());
    model.addAttribute("values", values);
    model.addAttribute("options", OPTIONS);
    model.addAttribute("errorList", errors);
    model.addAttribute("errors", byField(errors));
    if (errors.isEmpty()) {
      Evaluation evaluation = evaluator.evaluate(read.form());
      model.addAttribute("advice", evaluation.advice());
      model.addAttribute("blocked", evaluation.blocked());
      model.addAttribute("rows", MatrixRow.of(evaluation.responsibilities()));
    }
    return "samenwerkingsvorm";
  }

  private static Map<String, List<String>> byField(List<FieldError> errors) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    errors.forEach(e -> result.computeIfAbsent(e.field(), f -> new ArrayList<>()).add(e.message()));
    return result;
  }
}
