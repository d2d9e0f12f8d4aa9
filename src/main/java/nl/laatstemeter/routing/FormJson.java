package nl.laatstemeter.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The collaboration form as it is kept in the process variable {@value #VARIABLE}. */
@Component
public class FormJson {

  /** Process variable of {@code connectionProject} that holds the form in force. */
  public static final String VARIABLE = "collaborationForm";

  private final ObjectMapper mapper;

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
    try {
      return mapper.readValue(json, CollaborationForm.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Opgeslagen samenwerkingsvorm is onleesbaar: " + e.getMessage(), e);
    }
  }
}
