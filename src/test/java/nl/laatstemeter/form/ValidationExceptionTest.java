package nl.laatstemeter.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void carriesEveryFieldErrorAndNamesThemInItsMessage() {
    ValidationException e = new ValidationException(List.of(
        new FieldError("name", "verplicht"), new FieldError("dwellings[0].id", "dubbel")));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "dwellings[0].id");
    assertThat(e.getMessage()).isEqualTo("name: verplicht; dwellings[0].id: dubbel");
    assertThat(new ApiErrors(e.errors()).errors()).hasSize(2);
  }

  @Test
  void needsAtLeastOneError() {
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
