package nl.laatstemeter.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The screenshots of one test, numbered in the order they were taken:
 * {@code target/screenshots/<TestClass>/<testMethod>/01-warmte-ingelogd.png}. The directory is
 * emptied when the test starts, so it shows that run only.
 */
final class Screenshots {

  static final Path ROOT = Path.of("target", "screenshots");

  private final Path directory;
  private int taken;

  Screenshots(String testClass, String testMethod) {
    this.directory = ROOT.resolve(testClass).resolve(testMethod);
    Browser.deleteRecursively(directory);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized Path save(String step, byte[] png) {
    taken++;
    Path file = directory.resolve(String.format("%02d-%s.png", taken, fileName(step)));
    try {
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String fileName(String step) {
    return step.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
