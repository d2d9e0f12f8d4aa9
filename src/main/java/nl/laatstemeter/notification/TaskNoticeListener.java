package nl.laatstemeter.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes every new user task for the party digest ({@link TaskDigest}), in the transaction that
 * creates it: a rolled-back task leaves no notice. Its candidate groups are read later, when the
 * digest runs, so it does not matter whether the routing listener has added them yet.
 */
@Component
class TaskNoticeListener {

  private final DigestStore store;

  TaskNoticeListener(DigestStore store) {
    this.store = store;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void onCreate(DelegateTask task) {
    store.notice(task.getId(), ClockUtil.getCurrentTime().toInstant());
  }
}
