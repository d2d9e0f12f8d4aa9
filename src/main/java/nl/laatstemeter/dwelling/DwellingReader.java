package nl.laatstemeter.dwelling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.Ownership;

/**
 * Reads and checks dwellings, from JSON or from a CSV row, and names every bad field: a batch
 * with any bad dwelling adds nothing.
 */
public final class DwellingReader {

  static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  static final Pattern ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

  public record Result(List<Dwelling> dwellings, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private DwellingReader() {}

  /**
   * Reads a JSON array of dwellings; {@code existingIds} are the ids the project already has.
   * Field names in errors are {@code dwellings[i].field}.
   */
  public static Result readJson(JsonNode array, Set<String> existingIds) {
    List<FieldError> errors = new ArrayList<>();
    List<Dwelling> dwellings = new ArrayList<>();
    if (array == null || !array.isArray()) {
      errors.add(new FieldError("dwellings", "verwacht een lijst van woningen"));
      return new Result(List.of(), errors);
    }
    Set<String> seen = new HashSet<>(existingIds);
    for (int i = 0; i < array.size(); i++) {
      JsonNode d = array.get(i);
      JsonNode resident = d.path("resident");
      Dwelling dwelling = check("dwellings[" + i + "].", errors, seen,
          text(d, "id"), text(d, "address"), text(d, "postcode"), text(d, "houseNumber"),
          text(d, "ownership"), text(d, "type"), text(resident, "name"), text(resident, "email"), "resident.email");
      if (dwelling != null) {
        dwellings.add(dwelling);
      }
    }
    return new Result(errors.isEmpty() ? dwellings : List.of(), errors);
  }

  /**
   * Checks one dwelling's raw values; adds errors prefixed with {@code prefix} (the e-mail address
   * under {@code emailField}) and returns null when any value is bad. {@code seen} collects ids to
   * refuse duplicates.
   */
  public static Dwelling check(String prefix, List<FieldError> errors, Set<String> seen,
      String id, String address, String postcode, String houseNumber, String ownership, String type,
      String residentName, String residentEmail, String emailField) {
    int before = errors.size();
    if (blank(id) || !ID.matcher(id).matches()) {
      errors.add(new FieldError(prefix + "id", "verplicht: letters, cijfers, '.', '_' of '-' (hoogstens 64 tekens)"));
    } else if (!seen.add(id)) {
      errors.add(new FieldError(prefix + "id", "woning '" + id + "' komt al voor in dit project"));
    }
    if (blank(address)) {
      errors.add(new FieldError(prefix + "address", "verplicht: straat van de woning"));
    }
    if (blank(postcode) || !POSTCODE.matcher(postcode.trim()).matches()) {
      errors.add(new FieldError(prefix + "postcode", "verwacht een Nederlandse postcode, bijvoorbeeld 1234 AB"));
    }
    if (blank(houseNumber)) {
      errors.add(new FieldError(prefix + "houseNumber", "verplicht: huisnummer"));
    }
    Ownership own = parse(Ownership.class, ownership, prefix + "ownership", errors);
    DwellingType dwellingType = parse(DwellingType.class, type, prefix + "type", errors);
    if (!blank(residentEmail) && !EMAIL.matcher(residentEmail.trim()).matches()) {
      errors.add(new FieldError(prefix + emailField, "geen geldig e-mailadres: '" + residentEmail + "'"));
    }
    if (errors.size() > before) {
      return null;
    }
    return new Dwelling(id, address.trim(), normalisePostcode(postcode), houseNumber.trim(), own, dwellingType,
        blank(residentName) ? null : residentName.trim(), blank(residentEmail) ? null : residentEmail.trim());
  }

  /** The header a CSV file of dwellings starts with (separator ';'). */
  public static final List<String> CSV_HEADER =
      List.of("id", "address", "postcode", "houseNumber", "ownership", "type", "residentName", "residentEmail");

  /**
   * Reads a CSV file of dwellings: a header row {@link #CSV_HEADER}, then one dwelling per line,
   * separated by ';' (a value may be quoted with '"'). Field names in errors are
   * {@code line N.field}, N the line number in the file (the header is line 1); empty lines are
   * skipped. Any bad line: no dwellings.
   */
  public static Result readCsv(String text, Set<String> existingIds) {
    List<FieldError> errors = new ArrayList<>();
    List<Dwelling> dwellings = new ArrayList<>();
    String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n", -1);
    int header = -1;
    for (int i = 0; i < lines.length && header < 0; i++) {
      if (!lines[i].isBlank()) {
        header = i;
      }
    }
    if (header < 0) {
      errors.add(new FieldError("$", "leeg bestand: verwacht de kopregel " + String.join(";", CSV_HEADER)
          + " en een regel per woning"));
      return new Result(List.of(), errors);
    }
    List<String> columns = splitCsv(lines[header]).stream().map(String::trim).toList();
    if (!columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()
        .equals(CSV_HEADER.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList())) {
      errors.add(new FieldError("line " + (header + 1), "kopregel moet zijn: " + String.join(";", CSV_HEADER)
          + " (gevonden: " + lines[header].trim() + ")"));
      return new Result(List.of(), errors);
    }
    Set<String> seen = new HashSet<>(existingIds);
    for (int i = header + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String prefix = "line " + (i + 1) + ".";
      List<String> v = splitCsv(lines[i]);
      if (v.size() != CSV_HEADER.size()) {
        errors.add(new FieldError("line " + (i + 1), "verwacht " + CSV_HEADER.size() + " kolommen gescheiden door ';', gevonden "
            + v.size()));
        continue;
      }
      Dwelling d = check(prefix, errors, seen, v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
          v.get(7), "residentEmail");
      if (d != null) {
        dwellings.add(d);
      }
    }
    if (errors.isEmpty() && dwellings.isEmpty()) {
      errors.add(new FieldError("$", "geen woningen: na de kopregel volgt een regel per woning"));
    }
    return new Result(errors.isEmpty() ? dwellings : List.of(), errors);
  }

  /** Splits one CSV line on ';', honouring double quotes ("" inside quotes is one quote). */
  static List<String> splitCsv(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        values.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    values.add(current.toString());
    return values;
  }

  private static String normalisePostcode(String postcode) {
    String p = postcode.replace(" ", "").toUpperCase();
    return p.substring(0, 4) + " " + p.substring(4);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (blank(value)) {
      errors.add(new FieldError(field, "verplicht; kies uit " + allowed));
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.trim())) {
        return constant;
      }
    }
    errors.add(new FieldError(field, "onbekende waarde '" + value + "'; kies uit " + allowed));
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
