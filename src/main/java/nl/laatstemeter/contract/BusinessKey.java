package nl.laatstemeter.contract;

import java.util.Optional;

/**
 * The business key of a dwelling instance: {@code projectId:dwellingId} (DOMAIN.md section 5). A
 * project instance's business key is its project id alone. Ids contain no colon (dwelling ids are
 * {@code [A-Za-z0-9._-]}, project ids are generated), so the key splits at its last colon.
 */
public record BusinessKey(String projectId, String dwellingId) {

  private static final char SEPARATOR = ':';

  public BusinessKey {
    if (projectId == null || projectId.isEmpty() || dwellingId == null || dwellingId.isEmpty()) {
      throw new IllegalArgumentException("Een woning heeft een project-id en een woning-id nodig, niet '"
          + projectId + SEPARATOR + dwellingId + "'");
    }
  }

  /** The key of a dwelling instance, or empty for a project's key (no colon) or none. */
  public static Optional<BusinessKey> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    int colon = key.lastIndexOf(SEPARATOR);
    if (colon <= 0 || colon == key.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new BusinessKey(key.substring(0, colon), key.substring(colon + 1)));
  }

  /** The text Camunda stores: {@code projectId:dwellingId}. */
  public String value() {
    return projectId + SEPARATOR + dwellingId;
  }

  @Override
  public String toString() {
    return value();
  }
}
