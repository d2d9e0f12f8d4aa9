package nl.laatstemeter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a port that was free when the tests began.
 * One server for all tests (the shared engine context sends there too); {@link #stop()} and {@link #start()} take it down and bring it
 * back on the same port.
 */
public final class TestSmtp {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = freePort();
  private static GreenMail server;

  private TestSmtp() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
    }
    if (!server.isRunning()) {
      server.start();
    }
    return server;
  }

  public static synchronized void stop() {
    if (server != null && server.isRunning()) {
      server.stop();
    }
  }

  public static synchronized void start() {
    server();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
