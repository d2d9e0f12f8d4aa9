package nl.laatstemeter.dwelling;

import nl.laatstemeter.form.Ownership;

/** One dwelling of a project as registered (DOMAIN.md section 8). Ids are unique within a project. */
public record Dwelling(
    String id,
    String address,
    String postcode,
    String houseNumber,
    Ownership ownership,
    DwellingType type,
    String residentName,
    String residentEmail) {

  public boolean hasEmail() {
    return residentEmail != null && !residentEmail.isBlank();
  }
}
