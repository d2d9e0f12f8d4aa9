package nl.laatstemeter.contract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;

/** Reads process variables that a form or an API may hand over as text, number or date. */
public final class Values {

  private Values() {}

  public static LocalDate date(Object value, String name) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException("Variabele '" + name + "' ontbreekt: verwacht een datum (JJJJ-MM-DD)");
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new ProcessEngineException("Variabele '" + name + "' is geen datum (JJJJ-MM-DD): '" + text + "'", e);
    }
  }

  public static double number(Object value, String name) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException("Variabele '" + name + "' ontbreekt: verwacht een getal");
    }
    try {
      return Double.parseDouble(value.toString().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new ProcessEngineException("Variabele '" + name + "' is geen getal: '" + value + "'", e);
    }
  }
}
