package nl.laatstemeter.collaborationform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.routing.FieldError;
import nl.laatstemeter.routing.FormReader;
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

  public CollaborationFormPage(CollaborationFormEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @GetMapping
  public String show(Model model) {
    return render(PageForm.defaults(), model);
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
