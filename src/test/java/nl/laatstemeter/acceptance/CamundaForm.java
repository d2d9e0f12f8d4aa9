package nl.laatstemeter.acceptance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A Camunda Form (form-js) as Tasklist shows it, filled in the way a person does: fields are
 * found by their Dutch label, text is typed, options are clicked. Fields that the form hides by a
 * condition are not there until the answer that shows them has been given.
 */
final class CamundaForm {

  /** Tasklist's date pickers take dates typed the Dutch way, day-month-year (scripts/dutch-dates.js). */
  static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final Browser browser;

  CamundaForm(Browser browser) {
    this.browser = browser;
    browser.visible(By.cssSelector(".fjs-container .fjs-form-field"));
  }

  /** The field whose label reads {@code label} (without the asterisk of a required field). */
  WebElement field(String label) {
    By by = By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-container ')]"
        + "//label[contains(@class, 'fjs-form-field-label')][normalize-space(text()[1]) = " + literal(label) + "]"
        + "/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')][1]");
    WebElement field = browser.visible(by);
    browser.scrollTo(field);
    return field;
  }

  /** Types the text and leaves the field (form-js takes typed text over when the field loses focus). */
  CamundaForm text(String label, String value) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea"));
    input.clear();
    input.sendKeys(value);
    input.sendKeys(Keys.TAB);
    return this;
  }

  /**
   * Types a number and waits until form-js has taken it over: its number field hands the value
   * to the form a debounce period (300 ms) after rendering, and that update re-renders the form,
   * which would wipe text typed meanwhile into another field.
   */
  CamundaForm number(String label, Number value) {
    text(label, value.toString());
    settle();
    return this;
  }

  /** Waits until no field's shown value changes over more than form-js's debounce period. */
  void settle() {
    String[] previous = {null};
    new FluentWait<>(browser.driver()).withTimeout(Browser.PATIENCE).pollingEvery(Duration.ofMillis(400))
        .withMessage("the form to settle").until(d -> {
          String now = d.findElements(By.cssSelector(".fjs-container input, .fjs-container textarea")).stream()
              .map(e -> e.getAttribute("value")).toList().toString();
          boolean stable = now.equals(previous[0]);
          previous[0] = now;
          return stable;
        });
  }

  /** Clicks the radio option whose text starts with {@code option}. */
  CamundaForm choose(String label, String option) {
    WebElement field = field(label);
    field.findElement(By.xpath(".//label[input[@type='radio']][starts-with(normalize-space(.), " + literal(option) + ")]"))
        .click();
    return this;
  }

  /**
   * Opens the drop-down and clicks the option with exactly this text. form-js opens a select's
   * drop-down when the field gets the focus (e.g. by the TAB that leaves the field before) and a
   * click toggles it, so a click on a drop-down that is already open closes it: click only while
   * no drop-down list shows.
   */
  CamundaForm select(String label, String option) {
    WebElement field = field(label);
    By item = By.xpath(".//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = " + literal(option) + "]");
    browser.until(d -> {
      WebElement shown = field.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
      if (shown == null && field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
        field.findElement(By.cssSelector(".fjs-input-group")).click();
      }
      return shown;
    }, "option '" + option + "' of '" + label + "'").click();
    browser.until(d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().equals(option),
        "'" + label + "' shows '" + option + "'");
    return this;
  }

  CamundaForm check(String label) {
    WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** Types the date into the date picker and leaves the field. */
  CamundaForm date(String label, LocalDate date) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input"));
    input.clear();
    input.sendKeys(date.format(TYPED_DATE));
    input.sendKeys(Keys.ENTER);
    return this;
  }

  /** The placeholder of the field's input (what an empty field says it wants). */
  String placeholder(String label) {
    return field(label).findElement(By.cssSelector("input.fjs-input")).getAttribute("placeholder");
  }

  /** Opens the field's date picker with its calendar button and returns the calendar once shown. */
  WebElement openCalendar(String label) {
    WebElement field = field(label);
    field.findElement(By.cssSelector(".fjs-input-adornment")).click();
    return browser.until(d -> field.findElements(By.cssSelector(".flatpickr-calendar.open")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null), "the calendar of '" + label + "'");
  }

  /** The text shown in a field: an input's value or a select's chosen option. */
  String shown(String label) {
    WebElement field = field(label);
    List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
    if (!display.isEmpty()) {
      return display.get(0).getText();
    }
    return field.findElement(By.cssSelector("input, textarea")).getAttribute("value");
  }

  /** The validation message shown under the field, or null. */
  String error(String label) {
    List<WebElement> errors = field(label).findElements(By.cssSelector(".fjs-form-field-error"));
    return errors.stream().filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank())
        .findFirst().orElse(null);
  }

  /** Waits until the field shows a validation message and returns it. */
  String awaitError(String label) {
    return browser.until(d -> error(label), "a validation message under '" + label + "'");
  }

  /** Waits until the field shows no validation message any more. */
  void awaitNoError(String label) {
    browser.until(d -> error(label) == null, "no validation message under '" + label + "'");
  }

  /** An XPath string literal for any text (labels may hold quotes). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
