package nl.laatstemeter.pages;

import java.util.Map;
import nl.laatstemeter.form.Role;

/**
 * The organisations the page {@value CollaborationFormPage#PATH} fills in first, one per role. The
 * page itself knows none: a profile with demo data provides them ({@code nl.laatstemeter.demo}),
 * production shows the fields empty.
 */
@FunctionalInterface
public interface SuggestedParties {

  Map<Role, String> parties();
}
