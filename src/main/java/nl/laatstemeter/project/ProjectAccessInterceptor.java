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
    registry.addInterceptor(this).addPathPatterns(PATH, PATH + "/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    String projectId = projectId(request);
    if (projectId == null || access.visibleToCurrentUser(projectId)) {
      return true;
    }
    response.setStatus(HttpStatus.NOT_FOUND.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), ApiErrors.of("id", "project '" + projectId + "' bestaat niet"));
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
