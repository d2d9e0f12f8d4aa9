package nl.laatstemeter.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.laatstemeter.advice.Advice;
import nl.laatstemeter.advice.AdviceService;
import nl.laatstemeter.advice.Severity;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.FormReader;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code recordCollaborationForm} ({@code delegateExpression="${collaborationFormTask}"}):
 * on create the form in force is shown as one field per building block (variables local to the
 * task's scope, declared as its input parameters) with its advice in {@value #ADVICE_TEXT};
 * on complete the chosen options become the new {@code collaborationForm} (defaults resolved
 * with the project's dwellings), unless the advice holds an ERROR: then completing is refused
 * with the advice's reason and the task stays open.
 */
@Component("collaborationFormTask")
public class CollaborationFormTask implements TaskListener {

  /** Markdown shown by the form: the findings on the form in force. */
  public static final String ADVICE_TEXT = "adviceText";

  private final ProcessRouting routing;
  private final ProjectService projects;
  private final AdviceService advice;
  private final DwellingRegister dwellings;
  private final FormJson json;
  private final ObjectMapper mapper;

  public CollaborationFormTask(ProcessRouting routing, ProjectService projects, AdviceService advice,
      DwellingRegister dwellings, FormJson json, ObjectMapper mapper) {
    this.routing = routing;
    this.projects = projects;
    this.advice = advice;
    this.dwellings = dwellings;
    this.json = json;
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
    }
  }

  void prepare(DelegateTask task) {
    CollaborationForm form = withDwellings(routing.formInForce(task), task);
    task.getExecution().setVariablesLocal(FormFields.fromBlocks(form.buildingBlocks()));
    task.getExecution().setVariableLocal(ADVICE_TEXT, adviceText(advice.advise(form)));
  }

  void record(DelegateTask task) {
    CollaborationForm current = routing.formInForce(task);
    ObjectNode body = mapper.valueToTree(current);
    body.remove("dwellingOwnerships");
    body.set("buildingBlocks", FormFields.buildingBlocks(task::getVariable));
    FormReader.Result read = FormReader.read(body);
    List<FieldError> errors = new ArrayList<>(read.errors());
    CollaborationForm chosen = null;
    AdviceService.RunCheck run = null;
    if (read.valid()) {
      errors.addAll(projects.unknownOrganisations(read.form()));
      chosen = withDwellings(read.form(), task);
      run = advice.checkToRun(chosen, false);
      errors.addAll(run.fieldErrors());
    }
    if (!errors.isEmpty()) {
      throw new ProcessEngineException("De samenwerkingsvorm is niet volledig. " + errors.stream()
          .map(e -> FormFields.label(e.field()) + ": " + e.message()).collect(Collectors.joining("; ")));
    }
    List<Advice> findings = run.advice();
    if (AdviceService.blocks(findings)) {
      throw new ProcessEngineException("De samenwerkingsvorm kan zo niet worden vastgelegd: " + findings.stream()
          .filter(a -> a.severity() == Severity.ERROR).map(Advice::message).collect(Collectors.joining(" ")));
    }
    CollaborationForm inForce = projects.inForce(chosen);
    DelegateExecution project = project(task.getExecution());
    project.setVariable(ProjectVariables.COLLABORATION_FORM, json.write(inForce));
    project.setVariable(ProjectVariables.COLLABORATION_SUMMARY, FormDescription.of(inForce));
    if (task.getExecution().getProcessInstance().getSuperExecution() == null) {
      project.setVariable(ProjectVariables.INSTALLER_JOINED, ProjectService.integratedFromStart(inForce));
    } // in the tender the installer joins when it accepts its assignment
  }

  /**
   * The project instance: the task's own process, or (recorded anew after a failed tender, in
   * {@code installerTender}) the project that called it.
   */
  private static DelegateExecution project(DelegateExecution execution) {
    DelegateExecution superExecution = execution.getProcessInstance().getSuperExecution();
    return superExecution == null ? execution.getProcessInstance() : superExecution.getProcessInstance();
  }

  /** The form with the ownerships of the project's registered dwellings (for defaults and advice). */
  private CollaborationForm withDwellings(CollaborationForm form, DelegateTask task) {
    Object projectId = task.getVariable(ProjectVariables.PROJECT_ID);
    List<Ownership> ownerships = projectId == null ? List.of()
        : dwellings.ofProject(projectId.toString()).stream().map(Dwelling::ownership).toList();
    return new CollaborationForm(form.parties(), form.installerPackages(), form.buildingBlocks(), form.context(),
        ownerships);
  }

  static String adviceText(List<Advice> findings) {
    if (findings.isEmpty()) {
      return "Geen bevindingen: deze samenwerkingsvorm volgt de aanbeveling van het rapport.";
    }
    return findings.stream().map(a -> "- **" + severity(a.severity()) + "** — " + a.message())
        .collect(Collectors.joining("\n"));
  }

  private static String severity(Severity s) {
    return switch (s) {
      case INFO -> "Ter informatie";
      case WARNING -> "Waarschuwing";
      case ERROR -> "Fout (blokkeert)";
    };
  }
}
