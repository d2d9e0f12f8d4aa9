package nl.laatstemeter.advice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormReader;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import java.util.List;
import org.springframework.stereotype.Service;

/** Evaluates a collaboration form: its routing and the advice on it. Serves the API and the page. */
@Service
public class CollaborationFormEvaluator {

  private final RoutingService routing;
  private final AdviceService advice;

  public CollaborationFormEvaluator(RoutingService routing, AdviceService advice) {
    this.routing = routing;
    this.advice = advice;
  }

  /** Reads the JSON of DOMAIN.md section 8; every bad field ends up in the ValidationException. */
  public Evaluation evaluate(JsonNode body) {
    FormReader.Result read = FormReader.read(body);
    if (!read.valid()) {
      throw new ValidationException(read.errors());
    }
    return evaluate(read.form());
  }

  public Evaluation evaluate(CollaborationForm form) {
    List<Responsibility> responsibilities = routing.evaluate(form);
    return new Evaluation(responsibilities, advice.advise(form, responsibilities));
  }
}
