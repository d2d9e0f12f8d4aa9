package nl.laatstemeter.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the party digest every {@code laatstemeter.mail.digest-poll} (default a minute) on this
 * node; off with {@code laatstemeter.mail.digest-enabled=false} (the tests drive it themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "laatstemeter.mail.digest-enabled", havingValue = "true", matchIfMissing = true)
class DigestScheduling implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(DigestScheduling.class);

  private final TaskDigest digest;
  private final MailSettings settings;

  DigestScheduling(TaskDigest digest, MailSettings settings) {
    this.digest = digest;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    Duration poll = settings.getDigestPoll();
    registrar.addFixedDelayTask(new FixedDelayTask(this::runOnce, poll, poll));
  }

  private void runOnce() {
    try {
      TaskDigest.Outcome outcome = digest.run();
      if (outcome.digests() > 0 || outcome.failed() > 0) {
        LOG.info("Takenoverzichten: {} nieuwe taken verwerkt, {} verzonden, {} mislukt",
            outcome.notices(), outcome.digests(), outcome.failed());
      }
    } catch (RuntimeException e) {
      LOG.error("Takenoverzichten: ronde mislukt, volgende ronde opnieuw", e);
    }
  }
}
