package fr.ctg.regles;

/**
 * The check that the code of an expert's rules calls while it runs: the classes the classic
 * compiler generates for consequences, {@code eval}, inline accumulate code and DRL functions are
 * instrumented at load time ({@code fr.ctg.regles.sandbox.Bornage}, ctg-rules-compilateur) to call {@link #verifier} at
 * every method entry, every backward branch (each turn of a loop) and every exception handler.
 * Without it, a {@code while (true)} in a consequence could not be stopped: Drools' {@code halt()}
 * only acts between two firings.
 *
 * <p>Not for application code: outside an evaluation the check does nothing. Thread-safe (the state
 * of the evaluation running on the current thread is thread-confined).
 */
public final class Garde {
  private static final ThreadLocal<Surveillance> COURANTE = new ThreadLocal<>();

  private Garde() {}

  /**
   * Stops the rule code running on this thread when its evaluation has exceeded its wall-clock
   * budget (or another session of the same evaluation was stopped).
   *
   * @param qui the rule name, or {@code fonction <nom>} for a DRL function, whose code is running
   * @throws LimiteDepasseeException when the evaluation must stop
   */
  public static void verifier(String qui) {
    Surveillance s = COURANTE.get();
    if (s != null) s.verifierCode(qui);
  }

  /** Attaches {@code s} to the current thread; returns what was attached before (for {@link #sortir}). */
  static Surveillance entrer(Surveillance s) {
    Surveillance avant = COURANTE.get();
    COURANTE.set(s);
    return avant;
  }

  static void sortir(Surveillance avant) {
    if (avant == null) COURANTE.remove();
    else COURANTE.set(avant);
  }
}
