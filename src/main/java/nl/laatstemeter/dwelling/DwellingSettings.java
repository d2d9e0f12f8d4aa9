package nl.laatstemeter.dwelling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings of the dwelling processes, prefix {@code laatstemeter.dwelling}, with their defaults
 * here.
 *
 * <pre>
 * laatstemeter:
 *   dwelling:
 *     start-batch-size: 25        # dwellings started per job (one transaction) when a project starts them
 *     recheck-interval: PT6H      # how long a dwelling waits for a project signal before it looks again
 * </pre>
 */
@Component
@ConfigurationProperties(prefix = "laatstemeter.dwelling")
public class DwellingSettings {

  /** Dwellings started per job (one transaction) when a project starts them. */
  private int startBatchSize = 25;
  /** ISO duration a dwelling waits for a project signal before it looks at the project's variable again. */
  private String recheckInterval = "PT6H";

  public int getStartBatchSize() {
    return startBatchSize;
  }

  public void setStartBatchSize(int startBatchSize) {
    if (startBatchSize < 1) {
      throw new IllegalArgumentException("laatstemeter.dwelling.start-batch-size moet minstens 1 zijn, niet " + startBatchSize);
    }
    this.startBatchSize = startBatchSize;
  }

  public String getRecheckInterval() {
    return recheckInterval;
  }

  public void setRecheckInterval(String recheckInterval) {
    this.recheckInterval = recheckInterval;
  }
}
