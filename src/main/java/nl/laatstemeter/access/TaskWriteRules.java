package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.identity.OrganisationNames;
import nl.laatstemeter.identity.OrganisationOptions;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a party may write through a task (DOMAIN.md section 10): only the fields of the task's
 * form, each with a value the form allows. A variable outside the form, or a field the form only
 * shows, answers 403; a wrong value, or a required field missing when the task is completed, 400.
 * Values arrive as the engine REST API sends them: {@code {"value", "type", "valueInfo"}}.
 */
@Component
class TaskWriteRules {

  private static final Set<String> TEXT_TYPES = Set.of("String");
  private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");
  private static final Set<String> BOOLEAN_TYPES = Set.of("Boolean");
  private static final Set<String> LIST_TYPES = Set.of("Json", "Object");

  private final TaskForms forms;
  private final ObjectMapper mapper;
  private final OrganisationNames organisations;

  TaskWriteRules(TaskForms forms, ObjectMapper mapper, OrganisationNames organisations) {
    this.forms = forms;
    this.mapper = mapper;
    this.organisations = organisations;
  }

  /**
   * Checks writing {@code variables} (name to REST value) and deleting {@code deletions} through the
   * task; {@code completing}: the task ends with these values, so its required fields must be
   * there. Null when allowed.
   */
  Refusal check(Task task, Map<String, JsonNode> variables, Collection<String> deletions, boolean completing) {
    TaskForm form = forms.formOf(task);
    List<FieldError> outside = new ArrayList<>();
    List<FieldError> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> write : variables.entrySet()) {
      String name = write.getKey();
      TaskForm.Field field = form.field(name);
      JsonNode dto = write.getValue() == null ? mapper.nullNode() : write.getValue();
      if (field == null) {
        outside.add(new FieldError(name, "hoort niet bij het formulier van taak '" + taskName(task)
            + "': via deze taak niet te wijzigen"));
      } else if (field.disabled()) {
        if (!unchanged(task, name, dto.path("value"))) {
          outside.add(new FieldError(name, "wordt in het formulier van taak '" + taskName(task)
              + "' alleen getoond: via deze taak niet te wijzigen"));
        }
      } else {
        String problem = problem(task, field, dto);
        if (problem != null) {
          wrong.add(new FieldError(name, problem));
        }
      }
    }
    for (String name : deletions) {
      TaskForm.Field field = form.field(name);
      if (field == null || field.disabled()) {
        outside.add(new FieldError(name, "hoort niet bij de invoer van taak '" + taskName(task)
            + "': via deze taak niet te verwijderen"));
      }
    }
    if (completing) {
      for (TaskForm.Field field : form.fields().values()) {
        if (field.required() && empty(variables.get(field.key()))) {
          wrong.add(new FieldError(field.key(), "verplicht: vul dit veld in om de taak af te ronden"));
        }
      }
    }
    if (!outside.isEmpty()) {
      return new Refusal(Refusal.FORBIDDEN, outside);
    }
    return wrong.isEmpty() ? null : new Refusal(Refusal.BAD_REQUEST, wrong);
  }

  private static String taskName(Task task) {
    return task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
  }

  private boolean unchanged(Task task, String name, JsonNode value) {
    Object current = forms.variable(task.getId(), name);
    if (value.isMissingNode() || value.isNull()) {
      return current == null;
    }
    return current != null && String.valueOf(current).equals(value.isValueNode() ? value.asText() : value.toString());
  }

  private static boolean empty(JsonNode dto) {
    if (dto == null) {
      return true;
    }
    JsonNode value = dto.path("value");
    return value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())
        || (value.isArray() && value.isEmpty());
  }

  /** What is wrong with the value for this field, in Dutch; null when the form allows it. */
  private String problem(Task task, TaskForm.Field field, JsonNode dto) {
    if (!dto.isObject()) {
      return "verwacht {\"value\": …, \"type\": …}";
    }
    String type = dto.path("type").isTextual() ? dto.get("type").asText() : null;
    JsonNode value = dto.path("value");
    if ("Null".equals(type) || value.isMissingNode() || value.isNull()) {
      return null; // emptying a field; a required one is caught when the task is completed
    }
    if (field.hasOptions()) {
      return optionProblem(task, field, type, value);
    }
    switch (field.type()) {
      case "number" -> {
        if (!allowed(type, NUMBER_TYPES) || !value.isNumber()) {
          return "verwacht een getal, niet " + shown(value, type);
        }
        if (field.min() != null && value.asDouble() < field.min()) {
          return "minstens " + plain(field.min());
        }
        if (field.max() != null && value.asDouble() > field.max()) {
          return "hoogstens " + plain(field.max());
        }
        return null;
      }
      case "checkbox" -> {
        return allowed(type, BOOLEAN_TYPES) && value.isBoolean() ? null : "verwacht ja of nee (true/false), niet " + shown(value, type);
      }
      case "datetime" -> {
        return allowed(type, TEXT_TYPES) && value.isTextual() && dateTime(field.subtype(), value.asText()) ? null
            : "verwacht " + dateFormat(field.subtype()) + ", niet " + shown(value, type);
      }
      default -> {
        if (!allowed(type, TEXT_TYPES) || !value.isTextual()) {
          return "verwacht tekst, niet " + shown(value, type);
        }
        String text = value.asText();
        if (field.maxLength() != null && text.length() > field.maxLength()) {
          return "hoogstens " + field.maxLength() + " tekens";
        }
        if (!text.isEmpty() && field.minLength() != null && text.length() < field.minLength()) {
          return "minstens " + field.minLength() + " tekens";
        }
        if (!text.isEmpty() && field.pattern() != null && !matches(field.pattern(), text)) {
          return "'" + text + "' heeft niet de vorm die het formulier vraagt (" + field.pattern() + ")";
        }
        return null;
      }
    }
  }

  private String optionProblem(Task task, TaskForm.Field field, String type, JsonNode value) {
    List<String> options = field.options() != null ? field.options() : dynamicOptions(task, field.valuesKey());
    if (field.multiple()) {
      JsonNode list = value;
      if (value.isTextual() && allowed(type, LIST_TYPES)) {
        try {
          list = mapper.readTree(value.asText());
        } catch (Exception e) {
          return "verwacht een lijst uit " + options;
        }
      }
      if (!allowed(type, LIST_TYPES) || !list.isArray()) {
        return "verwacht een lijst uit " + options;
      }
      for (JsonNode item : list) {
        if (!item.isValueNode() || !options.contains(item.asText())) {
          return "'" + item.asText() + "' is geen keuze van dit veld; kies uit " + options;
        }
      }
      return null;
    }
    if (!value.isValueNode() || (type != null && !TEXT_TYPES.contains(type) && !NUMBER_TYPES.contains(type)
        && !BOOLEAN_TYPES.contains(type)) || !options.contains(value.asText())) {
      return "'" + (value.isValueNode() ? value.asText() : value.toString()) + "' is geen keuze van dit veld; kies uit "
          + options;
    }
    return null;
  }

  private List<String> dynamicOptions(Task task, String valuesKey) {
    if (OrganisationOptions.VALUES_KEY.equals(valuesKey)) {
      // the organisations the served form offers (OrganisationOptions): the existing ones
      return organisations.all().stream().map(OrganisationNames.Organisation::id).toList();
    }
    Object stored = forms.variable(task.getId(), valuesKey);
    List<String> options = new ArrayList<>();
    if (stored == null) {
      return options;
    }
    JsonNode list;
    try {
      list = stored instanceof Collection<?> || stored instanceof Map<?, ?> ? mapper.valueToTree(stored)
          : mapper.readTree(String.valueOf(stored));
    } catch (Exception e) {
      return options;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode option : list) {
      String value = option.isObject() ? option.path("value").asText() : option.asText();
      if (seen.add(value)) {
        options.add(value);
      }
    }
    return options;
  }

  private static boolean matches(String pattern, String text) {
    try {
      return java.util.regex.Pattern.compile(pattern).matcher(text).matches();
    } catch (java.util.regex.PatternSyntaxException e) {
      return true; // a pattern Java cannot read is the form's problem, not the user's
    }
  }

  private static boolean allowed(String type, Set<String> types) {
    return type == null || types.contains(type);
  }

  private static String shown(JsonNode value, String type) {
    String text = value.isValueNode() ? "'" + value.asText() + "'" : value.toString();
    return type == null ? text : text + " (" + type + ")";
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  private static String dateFormat(String subtype) {
    return switch (subtype == null ? "date" : subtype) {
      case "time" -> "een tijd (UU:MM)";
      case "datetime" -> "een datum met tijd (JJJJ-MM-DDTUU:MM)";
      default -> "een datum (JJJJ-MM-DD)";
    };
  }

  private static boolean dateTime(String subtype, String text) {
    try {
      switch (subtype == null ? "date" : subtype) {
        case "time" -> LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
        case "datetime" -> {
          try {
            OffsetDateTime.parse(text);
          } catch (DateTimeParseException e) {
            LocalDateTime.parse(text);
          }
        }
        default -> LocalDate.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
