package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Ctg#execute} with stdout and stderr captured (public: the server's tests compare its answers with the CLI's). */
public final class CliRun {
  public final String out;
  public final String err;
  public final int code;

  private CliRun(String out, String err, int code) {
    this.out = out;
    this.err = err;
    this.code = code;
  }

  public static CliRun run(String... args) {
    return runAvecEntree(new byte[0], args);
  }

  /** As {@link #run}, with {@code entree} as the standard input (for {@code -}). */
  public static synchronized CliRun runAvecEntree(byte[] entree, String... args) {
    java.io.InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setIn(new java.io.ByteArrayInputStream(entree));
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = Ctg.execute(args);
    } finally {
      System.setIn(in);
      System.setOut(out);
      System.setErr(err);
    }
    return new CliRun(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), code);
  }

  public CliRun expect(int expected) {
    assertEquals(expected, code, () -> "stdout:\n" + out + "\nstderr:\n" + err);
    return this;
  }
}
