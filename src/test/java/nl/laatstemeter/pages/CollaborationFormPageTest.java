package nl.laatstemeter.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.DutchNames;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** The page /samenwerkingsvorm: for logged-in users, shows the advice and the responsibility matrix. */
@EngineTest
class CollaborationFormPageTest {

  private static final Pattern MATRIX_ROW = Pattern.compile("<tr(?: class=\"unassigned\")?>\\s*<td>");

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired RoutingService routing;
  @Autowired RuntimeService runtime;
  @Autowired DwellingRegister dwellings;
  private ApiClient client;

  @BeforeEach
  void logIn() {
    client = ApiClient.withNewUser(context, identity);
  }

  @AfterEach
  void removeUser() {
    client.close();
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    String html = client.mvc().perform(request.header(HttpHeaders.AUTHORIZATION, client.basic()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return HtmlUtils.htmlUnescape(html);
  }

  /** The page's fields for the recommended form with the demo organisations, then the changes. */
  private static MockHttpServletRequestBuilder submit(Map<String, String> changes) {
    Map<String, String> fields = new LinkedHashMap<>(PageForm.defaults(DemoOrganisations.parties()));
    fields.putAll(changes);
    MockHttpServletRequestBuilder request = post(CollaborationFormPage.PATH);
    fields.forEach(request::param);
    return request;
  }

  private static final String START = CollaborationFormPage.START_PATH;

  /** Organisations of this test, with names of their own (Camunda groups of type WORKFLOW). */
  private Map<Role, String> pageOrganisations() {
    Map<Role, String> parties = new LinkedHashMap<>();
    Map<Role, String> names = Map.of(Role.HEAT_COMPANY, "Warmtebedrijf Pagina", Role.MUNICIPALITY, "Gemeente Pagina",
        Role.HOUSING_ASSOCIATION, "Corporatie Pagina", Role.INSTALLER, "Installateur Pagina",
        Role.HEAT_COOPERATIVE, "Coöperatie Pagina");
    for (Role role : List.of(Role.HEAT_COMPANY, Role.MUNICIPALITY, Role.HOUSING_ASSOCIATION, Role.INSTALLER,
        Role.HEAT_COOPERATIVE)) {
      String id = "pagina-" + role.name().toLowerCase().replace('_', '-');
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(names.get(role));
        group.setType(IdentitySetup.ORGANISATION_GROUP_TYPE);
        identity.saveGroup(group);
      }
      parties.put(role, id);
    }
    return parties;
  }

  private static MockHttpServletRequestBuilder submitWith(Map<Role, String> parties, Map<String, String> changes) {
    return submitWith(parties, changes, CollaborationFormPage.PATH);
  }

  private static MockHttpServletRequestBuilder submitWith(Map<Role, String> parties, Map<String, String> changes,
      String path) {
    Map<String, String> fields = new LinkedHashMap<>(PageForm.defaults(parties));
    fields.putAll(changes);
    MockHttpServletRequestBuilder request = post(path);
    fields.forEach(request::param);
    return request;
  }

  private static int matrixRows(String html) {
    Matcher m = MATRIX_ROW.matcher(html);
    int rows = 0;
    while (m.find()) {
      rows++;
    }
    return rows;
  }

  @Test
  void anonymousVisitorIsAskedToLogIn() throws Exception {
    client.mvc().perform(get(CollaborationFormPage.PATH))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Basic")));
  }

  @Test
  void withoutDemoDataThePageStartsWithTheRecommendedChoicesAndNoOrganisations() throws Exception {
    String html = page(get(CollaborationFormPage.PATH));
    assertThat(html).contains("selected=\"selected\"", "Advies en taakverdeling tonen")
        .doesNotContain("Controleer de invoer")
        .doesNotContainPattern("<option value=\"[^\"]+-demo\"[^>]*selected");
  }

  @Test
  void organisationsAreChosenByNameAndTheMatrixNamesThem() throws Exception {
    Map<Role, String> parties = pageOrganisations();
    String html = page(submitWith(parties, Map.of()));

    assertThat(html).as("each organisation is an option with its name")
        .contains("<option value=\"" + parties.get(Role.HEAT_COMPANY) + "\" selected=\"selected\">Warmtebedrijf Pagina</option>")
        .contains(">Gemeente Pagina</option>");
    String matrix = html.substring(html.indexOf("id=\"taakverdeling\""));
    assertThat(matrix).contains("Warmtebedrijf Pagina", "Installateur Pagina")
        .doesNotContain(parties.get(Role.HEAT_COMPANY), parties.get(Role.INSTALLER));
  }

  @Test
  void projectStartsFromThePageWithItsDwellingsAsCsv() throws Exception {
    Map<Role, String> parties = pageOrganisations();
    String name = "Paginaproject " + UUID.randomUUID().toString().substring(0, 6);
    String csv = "id;address;postcode;houseNumber;ownership;type;residentName;residentEmail\n"
        + "p-1;Bachlaan;3523 AB;2;CORPORATE;TERRACED;Anna Jansen;anna@example.nl\n"
        + "p-2;Bachlaan;3523 AB;4;PRIVATE;TERRACED;Piet Smit;\n";
    String html = page(submitWith(parties, Map.of("project.name", name, "project.dwellings", csv), START));

    assertThat(html).contains("Project gestart", name).doesNotContain("Controleer de invoer");
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .variableValueEquals(ProjectVariables.PROJECT_NAME, name).singleResult();
    assertThat(project).as("a running project named " + name).isNotNull();
    assertThat(html).contains(project.getBusinessKey());
    assertThat(dwellings.orderedIds(project.getBusinessKey())).containsExactly("p-1", "p-2");
  }

  @Test
  void badDwellingLineStartsNothingAndSaysWhy() throws Exception {
    Map<Role, String> parties = pageOrganisations();
    String name = "Paginaproject fout " + UUID.randomUUID().toString().substring(0, 6);
    String csv = "id;address;postcode;houseNumber;ownership;type;residentName;residentEmail\n"
        + "p-1;Bachlaan;35 AB;2;CORPORATE;TERRACED;Anna Jansen;anna@example.nl\n";
    String html = page(submitWith(parties, Map.of("project.name", name, "project.dwellings", csv), START));

    assertThat(html).contains("Controleer de invoer", "line 2.postcode").doesNotContain("Project gestart");
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals(ProjectVariables.PROJECT_NAME, name).count())
        .isZero();
  }

  @Test
  void recommendedFormShowsOneMatrixRowPerTaskWithItsOrganisations() throws Exception {
    String html = page(submit(Map.of()));
    List<Responsibility> expected = routing.evaluate(FormFixture.recommended().form());
    assertThat(matrixRows(html)).isEqualTo(expected.size());
    assertThat(html)
        .contains("Intentieverklaring opstellen", "Woning schouwen", "Aansluitplan opstellen", "Samenwerking evalueren")
        .contains("warmtebedrijf-demo", "installateur-demo")
        .contains("per partij")
        .contains("Aansluitbesluit vastleggen", "(corporatiewoning)", "(particuliere woning)")
        .doesNotContain("class=\"finding warning\"", "class=\"finding error\"");
    for (Responsibility r : expected) {
      assertThat(html).as(r.task()).contains(DutchNames.task(r.task()));
    }
  }

  @Test
  void pageExplainsEveryOptionOfEveryBlock() throws Exception {
    String html = page(get(CollaborationFormPage.PATH));
    PageOptions options = new PageOptions();
    for (String path : List.of("buildingBlocks.coordination.mode", "buildingBlocks.structure", "buildingBlocks.heatCompanyScope",
        "buildingBlocks.installer.timing", "buildingBlocks.installer.count", "buildingBlocks.inspection.scope",
        "buildingBlocks.inspection.parties", "buildingBlocks.inspection.rounds", "buildingBlocks.tender.method",
        "buildingBlocks.communication.approach")) {
      for (PageOptions.Choice c : options.choices(path)) {
        assertThat(html).as(path + " " + c.value()).contains("value=\"" + c.value() + "\"", c.label(), c.explanation());
      }
    }
  }

  @Test
  void warningFormShowsTheReportsArgument() throws Exception {
    String html = page(submit(Map.of("buildingBlocks.tender.method", "AD_HOC")));
    assertThat(html).contains("class=\"finding warning\"", "TENDER_AD_HOC", "raamovereenkomsten")
        .contains("Aanbesteding voorbereiden", "Inschrijvingen beoordelen en gunnen");
  }

  @Test
  void missingOrganisationShowsAnErrorAndAnUnassignedRow() throws Exception {
    String html = page(submit(Map.of("parties.HEAT_COMPANY", "")));
    assertThat(html).contains("class=\"finding error\"", "Geen organisatie gekoppeld aan: warmtebedrijf")
        .contains("class=\"unassigned\"", "geen organisatie");
  }

  @Test
  void dwellingCountsDecideWhichOwnershipsAreShown() throws Exception {
    String html = page(submit(Map.of("dwellings.corporate", "0", "dwellings.private", "12")));
    assertThat(html).contains("(particuliere woning)").doesNotContain("(corporatiewoning)");
  }

  @Test
  void invalidChoicesAreNamedAndNoMatrixIsShown() throws Exception {
    String html = page(submit(Map.of("buildingBlocks.coordination.mode", "VARYING",
        "context.participationThreshold", "veel", "dwellings.private", "-3")));
    assertThat(html).contains("Controleer de invoer", "buildingBlocks.coordination.byPhase.TENDER",
        "verplicht bij VARYING", "context.participationThreshold", "dwellings.private")
        .doesNotContain("id=\"taakverdeling\"");
  }

  @Test
  void chosenOptionsAreKeptAfterSubmitting() throws Exception {
    String html = page(submit(Map.of("buildingBlocks.structure", "FORMAL_CHAIN", "parties.MUNICIPALITY", "gemeente-stad")));
    assertThat(html).containsPattern("value=\"FORMAL_CHAIN\"\\s+checked")
        .contains("value=\"gemeente-stad\"")
        .contains("Aansluitmethoden beoordelen");
  }
}
