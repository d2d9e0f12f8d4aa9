package nl.laatstemeter.project;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The projects, in table {@code LM_PROJECT} beside Camunda's tables (H2 or PostgreSQL). A project
 * id is also the business key of its {@code connectionProject} instance and the prefix of its
 * dwellings' business keys ({@code projectId:dwellingId}).
 */
@Repository
public class ProjectRegister {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final RowMapper<Project> ROW = (rs, i) -> new Project(
      rs.getString("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
      rs.getString("created_by"), rs.getString("process_instance_id"));

  private final JdbcTemplate jdbc;

  public ProjectRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new project id: {@code P-} and eight letters or digits without look-alikes (no 0/O, 1/I). */
  public String newId() {
    while (true) {
      StringBuilder id = new StringBuilder("P-");
      for (int i = 0; i < 8; i++) {
        id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      if (find(id.toString()).isEmpty()) {
        return id.toString();
      }
    }
  }

  public void add(String id, String name, String createdBy) {
    jdbc.update("INSERT INTO LM_PROJECT (id, name, created_at, created_by) VALUES (?, ?, ?, ?)",
        id, name, Timestamp.from(Instant.now()), createdBy);
  }

  public void setProcessInstance(String id, String processInstanceId) {
    jdbc.update("UPDATE LM_PROJECT SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public Optional<Project> find(String id) {
    return jdbc.query("SELECT * FROM LM_PROJECT WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** Every project, oldest first. */
  public List<Project> all() {
    return jdbc.query("SELECT * FROM LM_PROJECT ORDER BY created_at, id", ROW);
  }

  public boolean exists(String id) {
    return find(id).isPresent();
  }

  public boolean existsNamed(String name) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM LM_PROJECT WHERE name = ?", Integer.class, name);
    return n != null && n > 0;
  }
}
