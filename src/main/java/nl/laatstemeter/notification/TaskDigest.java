package nl.laatstemeter.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.duedate.TaskDueDates;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The party digest: a user who asked for mail (Camunda user info {@value #NOTIFY_BY_MAIL} =
 * {@code true}) receives at most one mail per {@code laatstemeter.mail.digest-interval} (default
 * an hour) listing the new tasks routed to their organisations, with Tasklist links.
 *
 * <p>{@link #run()} runs every minute on every node ({@link DigestScheduling}). It first turns
 * the notices of new tasks into items per user, resolving the candidate groups at that moment,
 * then mails every user whose interval has passed. Nodes share the work through claims in the
 * database ({@link DigestStore}); a failed mail keeps its items and is tried again after a minute,
 * then after waits that double up to a quarter of an hour ({@link #FIRST_RETRY}); when the mail
 * server cannot be reached at all, the run stops making mails.
 */
@Component
public class TaskDigest {

  /** Camunda user info key: {@code true} when the user wants the digest. */
  public static final String NOTIFY_BY_MAIL = "notifyByMail";
  private static final Logger LOG = LoggerFactory.getLogger(TaskDigest.class);
  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", DutchCalendar.DUTCH);
  private static final int QUERY_CHUNK = 500;
  /**
   * After a digest that could not be sent, the user's next try waits this long, doubled for each
   * further failure up to {@link #LONGEST_RETRY}: while the mail server is down, a user's digest
   * (for a large organisation thousands of tasks to look up) is not made again every minute.
   */
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(15);
  /** Working days overdue after which the phase coordinator hears of a task. */
  static final int ESCALATE_AFTER_WORKING_DAYS = 3;

  private final DigestStore store;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final MailTemplates templates;
  private final MailDelivery delivery;
  private final MailSettings settings;
  private final SystemAccess system;
  private final Organisations organisations;
  private final OverdueEscalation escalation;
  private final String node;

  @Autowired
  TaskDigest(DigestStore store, TaskService tasks, IdentityService identity, RuntimeService runtime,
      RepositoryService repository, MailTemplates templates, MailDelivery delivery, MailSettings settings,
      SystemAccess system, OverdueEscalation escalation, Organisations organisations) {
    this(store, tasks, identity, runtime, repository, templates, delivery, settings, system, escalation, organisations,
        settings.getNodeId());
  }

  /** A digest acting as the given node (a second node in the same JVM, for the cluster test). */
  TaskDigest(DigestStore store, TaskService tasks, IdentityService identity, RuntimeService runtime,
      RepositoryService repository, MailTemplates templates, MailDelivery delivery, MailSettings settings,
      SystemAccess system, OverdueEscalation escalation, Organisations organisations, String node) {
    this.escalation = escalation;
    this.store = store;
    this.tasks = tasks;
    this.identity = identity;
    this.runtime = runtime;
    this.repository = repository;
    this.templates = templates;
    this.delivery = delivery;
    this.settings = settings;
    this.system = system;
    this.organisations = organisations;
    this.node = node;
  }

  /** What one run did. */
  public record Outcome(int notices, int digests, int failed) {}

  /** One run: distribute new tasks to users, then send the digests that are due. */
  public Outcome run() {
    return system.call(() -> {
      int notices = distribute();
      distributeOverdue();
      int[] sent = sendDue();
      return new Outcome(notices, sent[0], sent[1]);
    });
  }

  // ---- notices to items

  private int distribute() {
    int total = 0;
    while (true) {
      Instant now = now();
      store.claimNotices(node, now, now.minus(settings.getClaimTimeout()));
      List<String> claimed = store.claimedNotices(node);
      if (claimed.isEmpty()) {
        return total;
      }
      List<DigestStore.Item> items = new ArrayList<>();
      Set<String> users = new LinkedHashSet<>();
      List<Task> open = openTasks(claimed);
      Map<String, Set<String>> recipientsOfTask = recipientsOf(open);
      for (Task task : open) {
        for (String user : recipientsOfTask.getOrDefault(task.getId(), Set.of())) {
          items.add(new DigestStore.Item(user, task.getId(), task.getCreateTime().toInstant()));
          users.add(user);
        }
      }
      users.forEach(store::ensureUser);
      store.distribute(node, claimed, items);
      total += claimed.size();
      if (claimed.size() < DigestStore.BATCH) {
        return total;
      }
    }
  }

  /**
   * The users to tell of each task: the recipients of its candidate groups. One task query per
   * group that has recipients (a handful), not one lookup per task: a project that starts 10,000
   * dwellings creates 10,000 tasks at once, and the digest must not compete with Tasklist for them.
   */
  private Map<String, Set<String>> recipientsOf(List<Task> open) {
    Map<String, Set<String>> recipients = new HashMap<>();
    if (open.isEmpty()) {
      return recipients;
    }
    List<String> ids = open.stream().map(Task::getId).toList();
    for (Group group : identity.createGroupQuery().list()) {
      List<Recipient> members = recipientsOf(group.getId());
      if (members.isEmpty()) {
        continue;
      }
      for (List<String> chunk : chunks(ids)) {
        for (Task task : tasks.createTaskQuery().taskIdIn(chunk.toArray(String[]::new))
            .taskCandidateGroup(group.getId()).includeAssignedTasks().list()) {
          members.forEach(r -> recipients.computeIfAbsent(task.getId(), t -> new LinkedHashSet<>()).add(r.userId()));
        }
      }
    }
    return recipients;
  }


  // ---- overdue tasks

  /**
   * Overdue tasks (due date passed) go into the digest of their organisations once; three Dutch
   * working days overdue, also into the digest of the coordinator of the task's phase (phase
   * "any": the EXECUTION coordinator), once (DOMAIN.md section 9).
   */
  private void distributeOverdue() {
    Instant now = now();
    LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
    Map<String, List<Recipient>> byGroup = new HashMap<>();
    List<DigestStore.Item> items = new ArrayList<>();
    Set<String> users = new LinkedHashSet<>();
    for (Task task : tasks.createTaskQuery().dueBefore(Date.from(now)).list()) {
      List<String> groups = new ArrayList<>();
      if (store.markOverdue(task.getId(), 1)) {
        groups.addAll(candidateGroups(task.getId()));
      }
      if (TaskDueDates.workingDaysOverdue(task.getDueDate(), today) >= ESCALATE_AFTER_WORKING_DAYS) {
        String coordinator = escalation.coordinatorGroup(task);
        if (coordinator != null && store.markOverdue(task.getId(), 2)) {
          groups.add(coordinator);
        }
      }
      for (String group : groups) {
        for (Recipient r : byGroup.computeIfAbsent(group, this::recipientsOf)) {
          items.add(new DigestStore.Item(r.userId(), task.getId(), now));
          users.add(r.userId());
        }
      }
    }
    users.forEach(store::ensureUser);
    if (!items.isEmpty()) {
      store.addItems(items);
    }
  }

  /** The task's candidate groups; none when it has ended meanwhile (completed while the mail is made). */
  private List<String> candidateGroups(String taskId) {
    if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
      return List.of(); // ended: asking its links would make the engine log an error for a missing task
    }
    try {
      return tasks.getIdentityLinksForTask(taskId).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
    } catch (NullValueException ended) { // ended between the two questions
      return List.of();
    }
  }

  /** Members of the group who asked for mail and have an address. */
  private List<Recipient> recipientsOf(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .filter(this::wantsMail)
        .map(u -> new Recipient(u.getId()))
        .toList();
  }

  private boolean wantsMail(User user) {
    return user.getEmail() != null && !user.getEmail().isBlank()
        && "true".equalsIgnoreCase(identity.getUserInfo(user.getId(), NOTIFY_BY_MAIL));
  }

  private record Recipient(String userId) {}

  // ---- items to mails

  private int[] sendDue() {
    Instant now = now();
    Instant sentBefore = now.minus(settings.getDigestInterval());
    Instant stale = now.minus(settings.getClaimTimeout());
    int sent = 0;
    int failed = 0;
    for (String userId : store.dueUsers(sentBefore, stale, now)) {
      if (!store.claimUser(userId, node, now, sentBefore, stale)) {
        continue; // another node mails this user
      }
      List<String> taskIds = store.items(userId);
      try {
        User user = identity.createUserQuery().userId(userId).singleResult();
        List<Task> open = user == null || !wantsMail(user) ? List.of() : openTasks(taskIds).stream()
            .filter(t -> t.getAssignee() == null || t.getAssignee().equals(userId)).toList();
        if (open.isEmpty()) {
          store.drop(userId, node, taskIds);
          continue;
        }
        delivery.send(mail(user, open));
        store.sent(userId, node, taskIds, now);
        sent++;
      } catch (MailDelivery.Failure e) {
        Instant retry = store.failed(userId, node, now, FIRST_RETRY, LONGEST_RETRY);
        failed++;
        if (e.serverUnreachable()) {
          // the other users' mails would fail the same way: they are made on a later run, not now
          LOG.warn("Takenoverzicht voor {} niet verzonden, de mailserver is niet bereikbaar; opnieuw vanaf {}, "
              + "de overige overzichten een volgende keer: {}", userId, retry, e.getMessage());
          break;
        }
        LOG.warn("Takenoverzicht voor {} niet verzonden, opnieuw vanaf {}: {}", userId, retry, e.getMessage());
      } catch (RuntimeException e) {
        Instant retry = store.failed(userId, node, now, FIRST_RETRY, LONGEST_RETRY);
        failed++;
        LOG.error("Takenoverzicht voor {} mislukt, opnieuw vanaf {}", userId, retry, e);
      }
    }
    return new int[] {sent, failed};
  }

  private OutgoingMail mail(User user, List<Task> open) {
    List<Task> shown = open.subList(0, Math.min(open.size(), settings.getDigestMaxTasks()));
    Map<String, String> keys = businessKeys(shown);
    Map<String, String> processes = processNames(shown);
    Map<String, String> groupNames = new HashMap<>();
    List<Map<String, String>> listed = new ArrayList<>();
    for (Task task : shown) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("name", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
      row.put("subject", subject(keys.get(task.getProcessInstanceId()), processes.get(task.getProcessDefinitionId())));
      row.put("organisations", candidateGroups(task.getId()).stream()
          .map(g -> groupNames.computeIfAbsent(g, this::groupName)).collect(Collectors.joining(", ")));
      row.put("created", CREATED.format(task.getCreateTime().toInstant().atZone(BusinessTime.ZONE)));
      row.put("link", tasklist() + "?task=" + task.getId());
      if (task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now())) {
        boolean ownTask = candidateGroups(task.getId()).stream().anyMatch(g -> isMember(user.getId(), g));
        row.put("overdue", "uiterste datum " + CREATED.format(task.getDueDate().toInstant().atZone(BusinessTime.ZONE))
            + " verstreken" + (ownTask ? "" : "; aan u gemeld als regievoerder van de fase"));
      }
      listed.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("firstName", user.getFirstName());
    model.put("count", open.size());
    model.put("tasks", listed);
    model.put("more", open.size() - listed.size());
    model.put("tasklist", tasklist());
    model.put("interval", interval(settings.getDigestInterval()));
    model.put("platform", settings.getPlatformName());
    MailTemplates.Rendered rendered = templates.render("digest", model);
    String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
    return new OutgoingMail(user.getEmail(), name.isEmpty() ? null : name, settings.getPlatformName(), null,
        rendered.subject(), rendered.text(), rendered.html());
  }

  private String tasklist() {
    String base = settings.getBaseUrl().endsWith("/")
        ? settings.getBaseUrl().substring(0, settings.getBaseUrl().length() - 1) : settings.getBaseUrl();
    return base + "/camunda/app/tasklist/default/#/";
  }

  /** "woning w-3 van project p-1", "project p-1", or the process name. */
  private static String subject(String businessKey, String process) {
    if (businessKey == null) {
      return process;
    }
    return BusinessKey.parse(businessKey)
        .map(key -> "woning " + key.dwellingId() + " van project " + key.projectId())
        .orElse("project " + businessKey);
  }

  private Map<String, String> businessKeys(List<Task> open) {
    Set<String> ids = open.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
        .collect(Collectors.toSet());
    Map<String, String> keys = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(chunk)).list()) {
        if (p.getBusinessKey() != null) {
          keys.put(p.getId(), p.getBusinessKey());
        }
      }
    }
    return keys;
  }

  private Map<String, String> processNames(List<Task> open) {
    Map<String, String> names = new HashMap<>();
    for (String id : open.stream().map(Task::getProcessDefinitionId).filter(d -> d != null).distinct().toList()) {
      ProcessDefinition definition = repository.getProcessDefinition(id);
      names.put(id, definition.getName() == null ? definition.getKey() : definition.getName());
    }
    return names;
  }

  private boolean isMember(String userId, String group) {
    return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
  }

  private String groupName(String group) {
    return organisations.displayName(group);
  }

  private List<Task> openTasks(Collection<String> ids) {
    List<Task> open = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      open.addAll(tasks.createTaskQuery().taskIdIn(chunk.toArray(String[]::new)).orderByTaskCreateTime().asc().list());
    }
    return open;
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> all = new ArrayList<>(ids);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += QUERY_CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + QUERY_CHUNK)));
    }
    return chunks;
  }

  /** "uur", "2 uur", "30 minuten". */
  static String interval(Duration d) {
    if (d.toMinutes() % 60 == 0) {
      long hours = d.toHours();
      return hours == 1 ? "uur" : hours + " uur";
    }
    return d.toMinutes() == 1 ? "minuut" : d.toMinutes() + " minuten";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
