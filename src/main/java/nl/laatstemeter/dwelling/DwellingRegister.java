package nl.laatstemeter.dwelling;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.laatstemeter.form.Ownership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dwellings of every project, in table {@code LM_DWELLING} beside Camunda's tables (H2 or
 * PostgreSQL). The process state of a dwelling lives in its own process instance.
 */
@Repository
public class DwellingRegister {

  private static final RowMapper<Dwelling> ROW = (rs, i) -> new Dwelling(
      rs.getString("dwelling_id"), rs.getString("address"), rs.getString("postcode"), rs.getString("house_number"),
      Ownership.valueOf(rs.getString("ownership")), DwellingType.valueOf(rs.getString("dwelling_type")),
      rs.getString("resident_name"), rs.getString("resident_email"));

  private final JdbcTemplate jdbc;

  public DwellingRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds checked dwellings to a project in one transaction. */
  @Transactional
  public void addAll(String projectId, List<Dwelling> dwellings) {
    jdbc.batchUpdate("""
        INSERT INTO LM_DWELLING (project_id, dwelling_id, address, postcode, house_number, ownership,
          dwelling_type, resident_name, resident_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        dwellings, 1000, (ps, d) -> {
          ps.setString(1, projectId);
          ps.setString(2, d.id());
          ps.setString(3, d.address());
          ps.setString(4, d.postcode());
          ps.setString(5, d.houseNumber());
          ps.setString(6, d.ownership().name());
          ps.setString(7, d.type().name());
          ps.setString(8, d.residentName());
          ps.setString(9, d.residentEmail());
        });
  }

  public List<Dwelling> ofProject(String projectId) {
    return jdbc.query("SELECT * FROM LM_DWELLING WHERE project_id = ? ORDER BY dwelling_id", ROW, projectId);
  }

  public Optional<Dwelling> find(String projectId, String dwellingId) {
    return jdbc.query("SELECT * FROM LM_DWELLING WHERE project_id = ? AND dwelling_id = ?", ROW, projectId, dwellingId)
        .stream().findFirst();
  }

  /** The ids of a project's dwellings in id order (light: for batching, not for display). */
  public List<String> orderedIds(String projectId) {
    return jdbc.queryForList("SELECT dwelling_id FROM LM_DWELLING WHERE project_id = ? ORDER BY dwelling_id", String.class,
        projectId);
  }

  /** The dwellings with ids from {@code fromId} to {@code toId} inclusive (id order). */
  public List<Dwelling> range(String projectId, String fromId, String toId) {
    return jdbc.query("SELECT * FROM LM_DWELLING WHERE project_id = ? AND dwelling_id >= ? AND dwelling_id <= ? "
        + "ORDER BY dwelling_id", ROW, projectId, fromId, toId);
  }

  public Set<String> idsOf(String projectId) {
    return new HashSet<>(jdbc.queryForList("SELECT dwelling_id FROM LM_DWELLING WHERE project_id = ?", String.class, projectId));
  }

  public int count(String projectId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM LM_DWELLING WHERE project_id = ?", Integer.class, projectId);
    return n == null ? 0 : n;
  }

  /**
   * Erases the resident's name and e-mail and the dwelling's address (DOMAIN.md section 10): the
   * dwelling keeps its id, ownership, type and planning, so the project's figures stay whole.
   */
  public void anonymise(String projectId, String dwellingId) {
    jdbc.update("""
        UPDATE LM_DWELLING SET resident_name = NULL, resident_email = NULL, address = ?, postcode = '',
          house_number = '' WHERE project_id = ? AND dwelling_id = ?""", ANONYMISED, projectId, dwellingId);
  }

  /** What stands where erased personal data stood. */
  public static final String ANONYMISED = "geanonimiseerd";

  public void setPlannedDate(String projectId, String dwellingId, LocalDate date) {
    jdbc.update("UPDATE LM_DWELLING SET planned_date = ? WHERE project_id = ? AND dwelling_id = ?",
        date == null ? null : Date.valueOf(date), projectId, dwellingId);
  }

  /** Stores many planned dates in one batch. */
  @Transactional
  public void setPlannedDates(String projectId, Map<String, LocalDate> dates) {
    List<Map.Entry<String, LocalDate>> rows = List.copyOf(dates.entrySet());
    jdbc.batchUpdate("UPDATE LM_DWELLING SET planned_date = ? WHERE project_id = ? AND dwelling_id = ?", rows, 1000,
        (ps, e) -> {
          ps.setDate(1, Date.valueOf(e.getValue()));
          ps.setString(2, projectId);
          ps.setString(3, e.getKey());
        });
  }

  /** The latest planned date of the project, if any dwelling has one. */
  public Optional<LocalDate> lastPlannedDate(String projectId) {
    Date last = jdbc.queryForObject("SELECT MAX(planned_date) FROM LM_DWELLING WHERE project_id = ?", Date.class, projectId);
    return Optional.ofNullable(last).map(Date::toLocalDate);
  }

  /** Per planned date of the project, how many dwellings have it (from the given day on). */
  public Map<LocalDate, Integer> plannedPerDay(String projectId, LocalDate from) {
    Map<LocalDate, Integer> counts = new java.util.HashMap<>();
    jdbc.query("SELECT planned_date, COUNT(*) FROM LM_DWELLING WHERE project_id = ? AND planned_date >= ? GROUP BY planned_date",
        rs -> {
          counts.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
        }, projectId, Date.valueOf(from));
    return counts;
  }

  public Optional<LocalDate> plannedDate(String projectId, String dwellingId) {
    List<Date> dates = jdbc.query("SELECT planned_date FROM LM_DWELLING WHERE project_id = ? AND dwelling_id = ?",
        (rs, i) -> rs.getDate(1), projectId, dwellingId);
    return dates.isEmpty() || dates.get(0) == null ? Optional.empty() : Optional.of(dates.get(0).toLocalDate());
  }
}
