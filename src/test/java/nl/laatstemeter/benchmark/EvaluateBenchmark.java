package nl.laatstemeter.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.advice.CollaborationFormEvaluator;
import nl.laatstemeter.form.FormFixture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long one {@code evaluate} takes in-process: reading the JSON, the routing and the advice,
 * exactly what {@code POST /api/collaboration-forms/evaluate} does without HTTP. Boots the
 * application with profile {@code test} (in-memory H2), warms up, then prints median, p95 and
 * maximum of 1,000 calls, twice: the report's recommended form with 100 dwellings every time,
 * and 1,000 different forms (so no call repeats the decision inputs of an earlier one). Not part
 * of the test suite. Run:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.laatstemeter.benchmark.EvaluateBenchmark [calls]
 * </pre>
 */
public final class EvaluateBenchmark {

  private EvaluateBenchmark() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LaatsteMeterApplication.class)
        .profiles("test").logStartupInfo(false).run()) {
      CollaborationFormEvaluator evaluator = context.getBean(CollaborationFormEvaluator.class);
      JsonNode recommended = FormFixture.recommended().dwellings(ownerships(100)).json();
      for (int i = 0; i < 200; i++) {
        evaluator.evaluate(recommended);
      }
      measure("recommended form, 100 dwellings", evaluator, List.of(recommended), calls);
      measure("distinct forms", evaluator, distinctForms(calls), calls);
    }
  }

  private static void measure(String name, CollaborationFormEvaluator evaluator, List<JsonNode> bodies, int calls) {
    long[] nanos = new long[calls];
    int rows = 0;
    for (int i = 0; i < calls; i++) {
      JsonNode body = bodies.get(i % bodies.size());
      long start = System.nanoTime();
      var evaluation = evaluator.evaluate(body);
      nanos[i] = System.nanoTime() - start;
      rows += evaluation.responsibilities().size() + evaluation.advice().size();
    }
    Arrays.sort(nanos);
    System.out.printf("evaluate incl. advice, %s: %d calls (%d result rows), median %.2f ms, p95 %.2f ms, max %.2f ms%n",
        name, calls, rows, ms(nanos[calls / 2]), ms(nanos[(int) Math.ceil(calls * 0.95) - 1]), ms(nanos[calls - 1]));
  }

  /** Forms that differ in their building blocks, so every routing decision sees new inputs. */
  private static List<JsonNode> distinctForms(int count) {
    String[] structures = {"FORMAL_PROJECT_TEAM", "FORMAL_BUILDING_TEAM", "FORMAL_CHAIN", "INFORMAL"};
    String[] scopes = {"TO_FACADE", "UP_TO_DELIVERY_SET", "FULL"};
    String[] timings = {"FROM_START", "LATER"};
    String[] counts = {"ONE", "MULTIPLE"};
    String[] inspection = {"EVERY_DWELLING", "SAMPLE"};
    String[] rounds = {"ONCE", "TWICE"};
    String[] tenders = {"AD_HOC", "FRAMEWORK", "INTEGRATED"};
    String[] communication = {"CENTRAL_ACTIVE", "CENTRAL_PASSIVE", "DISTRIBUTED"};
    List<JsonNode> forms = new ArrayList<>();
    for (int i = 0; forms.size() < count; i++) {
      int n = i;
      FormFixture form = FormFixture.recommended()
          .with("buildingBlocks.structure", structures[n % 4])
          .with("buildingBlocks.heatCompanyScope", scopes[(n /= 4) % 3])
          .with("buildingBlocks.installer.timing", timings[(n /= 3) % 2])
          .with("buildingBlocks.installer.count", counts[(n /= 2) % 2])
          .with("buildingBlocks.inspection.scope", inspection[(n /= 2) % 2])
          .with("buildingBlocks.inspection.rounds", rounds[(n /= 2) % 2])
          .with("buildingBlocks.tender.method", tenders[(n /= 2) % 3])
          .with("buildingBlocks.communication.approach", communication[(n /= 3) % 3])
          .with("context.participationThreshold", (i / 1728) % 2 == 0 ? null : 0.5);
      forms.add(form.json());
    }
    return forms;
  }

  private static String[] ownerships(int count) {
    String[] result = new String[count];
    for (int i = 0; i < count; i++) {
      result[i] = i % 3 == 0 ? "PRIVATE" : "CORPORATE";
    }
    return result;
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
