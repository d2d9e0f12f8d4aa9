package nl.laatstemeter.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.notification.SentMailLog;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one resident's personal data (DOMAIN.md section 10): name, e-mail and address in the
 * dwelling register, in the variables of the running dwelling and resident-message instances
 * (business key {@code projectId:dwellingId}), in their history and in the sent-mail log. Public
 * engine API only: a running variable is removed, its historic record deleted, and it is set
 * again as {@value DwellingRegister#ANONYMISED}; historic records of ended instances are deleted.
 */
@Service
public class ResidentErasure {

  /** Process variables that hold the address or a text addressed to the resident. */
  static final Set<String> PERSONAL = Set.of(DwellingVariables.ADDRESS, ProjectVariables.OFFLINE_MESSAGE);

  private final DwellingRegister register;
  private final SentMailLog mails;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final SystemAccess system;

  public ResidentErasure(DwellingRegister register, SentMailLog mails, RuntimeService runtime, TaskService tasks,
      HistoryService history, SystemAccess system) {
    this.register = register;
    this.mails = mails;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.system = system;
  }

  @Transactional
  public void erase(String projectId, String dwellingId) {
    String businessKey = new BusinessKey(projectId, dwellingId).value();
    register.anonymise(projectId, dwellingId);
    mails.anonymise(businessKey, DwellingRegister.ANONYMISED);
    system.run(() -> {
      String[] names = PERSONAL.toArray(String[]::new);
      List<String> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
          .stream().map(ProcessInstance::getId).toList();
      if (!running.isEmpty()) {
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
            .processInstanceIdIn(running.toArray(String[]::new)).variableNameIn(names).list()) {
          replace(variable);
        }
      }
      List<String> all = new ArrayList<>();
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(businessKey).list()) {
        all.add(instance.getId());
      }
      if (!all.isEmpty()) {
        for (HistoricVariableInstance old : history.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(all.toArray(String[]::new)).variableNameIn(names).includeDeleted().list()) {
          if (!DwellingRegister.ANONYMISED.equals(old.getValue())) {
            history.deleteHistoricVariableInstance(old.getId());
          }
        }
      }
    });
  }

  /** Removes the variable (its history keeps only the removal) and sets it again, anonymised, in the same scope. */
  private void replace(VariableInstance variable) {
    String name = variable.getName();
    if (variable.getTaskId() != null) {
      tasks.removeVariableLocal(variable.getTaskId(), name);
      tasks.setVariableLocal(variable.getTaskId(), name, DwellingRegister.ANONYMISED);
    } else {
      runtime.removeVariableLocal(variable.getExecutionId(), name);
      runtime.setVariableLocal(variable.getExecutionId(), name, DwellingRegister.ANONYMISED);
    }
  }
}
