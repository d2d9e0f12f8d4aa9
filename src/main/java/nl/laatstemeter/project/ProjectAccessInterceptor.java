package nl.laatstemeter.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import nl.laatstemeter.form.ApiErrors;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One gate for everything under {@code /api/projects/{id}} (DOMAIN.md sections 8 and 10): a
 * project the caller may not see answers 404, exactly as one that does not exist, before any
 * controller runs. Endpoints added under that path are covered without code of their own.
 * Management reads and changes nothing: anything but GET under /api/projects answers it 403.
 */
@Configuration
public class ProjectAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  static final String PREFIX = "/api/projects/";
  static final String PATH = PREFIX + "*";

  private final ProjectAccess access;
  private final ObjectMapper mapper;

  public ProjectAccessInterceptor(ProjectAccess access, ObjectMapper mapper) {
    this.access = access;
    this.mapper = mapper;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/projects", PATH, PATH + "/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    String projectId = projectId(request);
    if (projectId != null && !access.visibleToCurrentUser(projectId)) {
      return refuse(response, HttpStatus.NOT_FOUND, ApiErrors.of("id", "project '" + projectId + "' bestaat niet"));
    }
    boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!reading && access.currentUserOnlyReads()) {
      return refuse(response, HttpStatus.FORBIDDEN, ApiErrors.of("$",
          "management leest alle projecten en wijzigt niets: dit doet een partij van het project of een beheerder"));
    }
    return true;
  }

  private boolean refuse(HttpServletResponse response, HttpStatus status, ApiErrors body) throws Exception {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), body);
    return false;
  }

  /** The {id} of the path: the segment after /api/projects/, whatever the endpoint calls it. */
  private static String projectId(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(PREFIX)) {
      return null;
    }
    String rest = path.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    return URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
  }
}
