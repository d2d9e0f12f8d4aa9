package nl.laatstemeter.advice;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/collaboration-forms/evaluate} (DOMAIN.md section 8): the responsibilities and
 * the advice for a collaboration form, without starting anything. Bad input answers 400 with
 * the bad fields ({@code nl.laatstemeter.api.ApiExceptionHandler}).
 */
@RestController
@RequestMapping("/api/collaboration-forms")
public class CollaborationFormController {

  private final CollaborationFormEvaluator evaluator;

  public CollaborationFormController(CollaborationFormEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @PostMapping(path = "/evaluate", produces = MediaType.APPLICATION_JSON_VALUE)
  public Evaluation evaluate(@RequestBody JsonNode body) {
    return evaluator.evaluate(body);
  }
}
