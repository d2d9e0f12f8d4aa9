package nl.laatstemeter.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The collaboration form as JSON, as it is kept in the project's process variable
 * ({@code ProjectVariables.COLLABORATION_FORM} of package {@code contract}).
 */
@Component
public class FormJson {

  private static final int READ_CACHE_SIZE = 64;

  private final ObjectMapper mapper;
  /**
   * Recently read forms by their JSON: every task of a project and its dwellings reads the same
   * text (a form is immutable, so sharing the read value is safe).
   */
  private final Map<String, CollaborationForm> read = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CollaborationForm> eldest) {
      return size() > READ_CACHE_SIZE;
    }
  };

  public FormJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public String write(CollaborationForm form) {
    try {
      return mapper.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Samenwerkingsvorm kan niet worden opgeslagen: " + e.getMessage(), e);
    }
  }

  public CollaborationForm read(String json) {
    synchronized (read) {
      CollaborationForm known = read.get(json);
      if (known != null) {
        return known;
      }
    }
    try {
      CollaborationForm form = mapper.readValue(json, CollaborationForm.class);
      synchronized (read) {
        read.put(json, form);
      }
      return form;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Opgeslagen samenwerkingsvorm is onleesbaar: " + e.getMessage(), e);
    }
  }
}
