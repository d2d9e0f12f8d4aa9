package nl.laatstemeter.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reads what a person entered in a task's form, with a Dutch message for Tasklist when it is wrong. */
final class TaskInput {

  private TaskInput() {}

  /** A date entered as JJJJ-MM-DD (a longer ISO text is cut to its date). */
  static LocalDate date(Object value, String label) {
    String text = FormFields.text(value);
    if (text == null) {
      throw new ProcessEngineException(label + " ontbreekt: vul een datum in (JJJJ-MM-DD).");
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new ProcessEngineException(label + " is geen datum (JJJJ-MM-DD): '" + text + "'.");
    }
  }

  /** A number between min and max (a comma as decimal sign is fine). */
  static double number(DelegateTask task, String name, String label, double min, double max) {
    Object value = task.getVariable(name);
    double n;
    if (value instanceof Number number) {
      n = number.doubleValue();
    } else {
      try {
        n = Double.parseDouble(String.valueOf(value).trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new ProcessEngineException(label + " ontbreekt of is geen getal.");
      }
    }
    if (n < min || n > max) {
      throw new ProcessEngineException(label + " moet tussen " + fmt(min) + " en " + fmt(max) + " liggen, niet " + fmt(n) + ".");
    }
    return n;
  }

  private static String fmt(double d) {
    return d == Math.floor(d) && d < 1e12 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
