package nl.laatstemeter.demo;

import java.util.Map;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.pages.SuggestedParties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** With demo data, the page {@code /samenwerkingsvorm} starts with the demo organisations as parties. */
@Component
@ConditionalOnProperty(name = "laatstemeter.demo-data", havingValue = "true")
class DemoSuggestedParties implements SuggestedParties {

  @Override
  public Map<Role, String> parties() {
    return DemoOrganisations.parties();
  }
}
