package nl.laatstemeter.advice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import nl.laatstemeter.routing.Responsibility;

/** Who does what under a collaboration form, and the report's advice on it (DOMAIN.md section 8). */
public record Evaluation(List<Responsibility> responsibilities, List<Advice> advice) {

  /** The form contradicts itself and cannot run (an advice of severity ERROR). */
  @JsonIgnore
  public boolean blocked() {
    return AdviceService.blocks(advice);
  }
}
