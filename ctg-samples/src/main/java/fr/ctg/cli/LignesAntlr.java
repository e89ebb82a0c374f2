package fr.ctg.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Drools' Java lexer, reading the consequences of an expert's rules, prints its errors on
 * {@code System.err} in ANTLR's English ({@code line 6:1 mismatched character '<EOF>' expecting '"'})
 * before the verifier reports the same error in French at its place in the file. A command compiles
 * an expert's directory through {@link #taire}, which leaves out the lines of exactly that form and
 * lets every other line through. The command's own messages do not go through {@code System.err}
 * (picocli's writer keeps the stream of the start), and a command compiles on its own thread; the
 * library and the server never touch {@code System.err}.
 */
final class LignesAntlr {
  private static final Pattern ANTLR = Pattern.compile("line \\d+:\\d+ .*\\R?");

  private LignesAntlr() {}

  /** Runs {@code compilation} with ANTLR's lines left out of {@code System.err}. */
  static <T> T taire(Supplier<T> compilation) {
    PrintStream avant = System.err;
    Filtre filtre = new Filtre(avant);
    System.setErr(new PrintStream(filtre, true, StandardCharsets.UTF_8));
    try {
      return compilation.get();
    } finally {
      System.err.flush();
      System.setErr(avant);
      filtre.finir();
    }
  }

  /** Passes each line to {@code suite} unless it is one of ANTLR's. */
  private static final class Filtre extends OutputStream {
    private final PrintStream suite;
    private final ByteArrayOutputStream ligne = new ByteArrayOutputStream();

    Filtre(PrintStream suite) {
      this.suite = suite;
    }

    @Override
    public void write(int b) {
      ligne.write(b);
      if (b == '\n') finir();
    }

    /** Writes the pending line, if it is not ANTLR's. */
    void finir() {
      if (ligne.size() == 0) return;
      if (!ANTLR.matcher(ligne.toString(StandardCharsets.UTF_8)).matches()) {
        suite.write(ligne.toByteArray(), 0, ligne.size());
        suite.flush();
      }
      ligne.reset();
    }
  }
}
