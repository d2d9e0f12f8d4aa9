package nl.laatstemeter.ambitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import nl.laatstemeter.dwelling.DwellingStage;

/**
 * The answer of {@code GET /api/projects/{id}/ambitions} (DOMAIN.md section 8), in its exact
 * shape. Shares and the participation rate are percentages (0-100); averages over connected
 * dwellings; null where nothing is measured yet (no connected dwelling, no task).
 */
public record ProjectAmbitions(String project, Dwellings dwellings, Participation participation, Visits visits,
    PartiesEntering partiesEntering, ContactPoints contactPoints, OneDay oneDay, LeadTime leadTimeDays, int tenders,
    int awards, HandOvers handOvers, List<Organisation> organisations, String bottleneck) {

  public record Dwellings(int total, Map<String, Long> byStage, Map<String, Long> notConnectedByReason) {}

  public record Participation(Double rate, Double threshold) {}

  public record Visits(Double average, Integer max, Double shareAtMostTwo) {}

  public record PartiesEntering(Double average, Integer max) {}

  public record ContactPoints(Double average, Integer max, Double shareOne) {}

  public record OneDay(int connected, int inOneDay, Double share) {}

  public record LeadTime(Integer median, Integer p90) {}

  public record HandOvers(Double average) {}

  public record Organisation(String group, String name, long openTasks, long overdueTasks, WaitHours waitHours) {}

  public record WaitHours(Double median, Double p90) {}

  /** The summary of one project's dwelling figures (one pass over the rows the one query gave). */
  static ProjectAmbitions of(String projectId, List<DwellingFigures.Row> rows, Double threshold, int tenders, int awards,
      List<Organisation> organisations) {
    Map<String, Long> byStage = new LinkedHashMap<>();
    for (DwellingStage stage : DwellingStage.values()) {
      byStage.put(stage.name(), 0L);
    }
    Map<String, Long> byReason = new LinkedHashMap<>();
    int joined = 0;
    List<DwellingFigures.Row> connected = new ArrayList<>();
    List<Integer> leadTimes = new ArrayList<>();
    for (DwellingFigures.Row r : rows) {
      if (r.stage() != null) {
        byStage.merge(r.stage(), 1L, Long::sum);
      }
      if (r.notConnectedReason() != null) {
        byReason.merge(r.notConnectedReason(), 1L, Long::sum);
      }
      joined += r.joined() ? 1 : 0;
      if (r.connected()) {
        connected.add(r);
        if (r.leadTimeDays() != null) {
          leadTimes.add(r.leadTimeDays());
        }
      }
    }
    int total = rows.size();
    int inOneDay = (int) connected.stream().filter(DwellingFigures.Row::oneDay).count();
    leadTimes.sort(Integer::compare);
    return new ProjectAmbitions(projectId,
        new Dwellings(total, byStage, byReason),
        new Participation(total == 0 ? null : percent(joined, total), threshold == null ? null : round(threshold * 100)),
        new Visits(average(connected, DwellingFigures.Row::visits), max(connected, DwellingFigures.Row::visits),
            share(connected, r -> r.visits() <= 2)),
        new PartiesEntering(average(connected, DwellingFigures.Row::partiesEntering),
            max(connected, DwellingFigures.Row::partiesEntering)),
        new ContactPoints(average(connected, DwellingFigures.Row::contactPoints),
            max(connected, DwellingFigures.Row::contactPoints), share(connected, r -> r.contactPoints() == 1)),
        new OneDay(connected.size(), inOneDay, connected.isEmpty() ? null : percent(inOneDay, connected.size())),
        new LeadTime(nearestRank(leadTimes, 0.5), nearestRank(leadTimes, 0.9)),
        tenders, awards,
        new HandOvers(average(connected, DwellingFigures.Row::handOvers)),
        organisations,
        bottleneck(organisations).orElse(null));
  }

  /** The organisation with the largest 90th percentile of waiting; ties: most overdue tasks, then group id. */
  static Optional<String> bottleneck(List<Organisation> organisations) {
    Organisation worst = null;
    for (Organisation o : organisations) {
      if (o.waitHours().p90() == null) {
        continue;
      }
      if (worst == null || worse(o, worst)) {
        worst = o;
      }
    }
    return Optional.ofNullable(worst).map(Organisation::group);
  }

  private static boolean worse(Organisation a, Organisation b) {
    int byP90 = Double.compare(a.waitHours().p90(), b.waitHours().p90());
    if (byP90 != 0) {
      return byP90 > 0;
    }
    if (a.overdueTasks() != b.overdueTasks()) {
      return a.overdueTasks() > b.overdueTasks();
    }
    return a.group().compareTo(b.group()) < 0;
  }

  /** The nearest-rank percentile of sorted values: the value at rank ceil(p × n). */
  static <T> T nearestRank(List<T> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static Double average(List<DwellingFigures.Row> rows, ToIntFunction<DwellingFigures.Row> figure) {
    return rows.isEmpty() ? null : round(rows.stream().mapToInt(figure).average().orElse(0));
  }

  private static Integer max(List<DwellingFigures.Row> rows, ToIntFunction<DwellingFigures.Row> figure) {
    return rows.isEmpty() ? null : rows.stream().mapToInt(figure).max().orElse(0);
  }

  private static Double share(List<DwellingFigures.Row> rows, java.util.function.Predicate<DwellingFigures.Row> meets) {
    return rows.isEmpty() ? null : percent((int) rows.stream().filter(meets).count(), rows.size());
  }

  static Double percent(int part, int whole) {
    return round(100.0 * part / whole);
  }

  /** Two decimals. */
  static Double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
