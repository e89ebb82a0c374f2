package fr.ctg.regles;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base an application serves, replaceable at run time by an expert's directory. A reload
 * compiles and checks the directory aside; the new base replaces the current one in one atomic
 * step only when it has no error, otherwise the current base keeps serving, untouched. Readers
 * never see a half-loaded base: {@link #current()} returns either the old or the new one.
 *
 * <p>Thread-safe: {@link #current()} never blocks; reloads are serialised so that two concurrent
 * reloads cannot replace each other's result out of order.
 */
public final class RuleSource {
  private final AtomicReference<RuleBase> current;

  private RuleSource(RuleBase initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
  }

  /** A source serving {@code initial} until a successful {@link #reload(Path)}. */
  public static RuleSource of(RuleBase initial) {
    return new RuleSource(initial);
  }

  /** A source serving the bundled rules ({@link RuleBase#bundled()}) until a successful reload. */
  public static RuleSource bundled() {
    return new RuleSource(RuleBase.bundled());
  }

  /** The rule base serving now. */
  public RuleBase current() {
    return current.get();
  }

  /**
   * Compiles and checks {@code dir} (with ctg-rules-compilateur, which must be on the classpath:
   * {@link CompilateurRegles}); replaces the current base iff there is no error.
   *
   * @return every problem found (errors and warnings, sorted); the base was replaced iff none is an
   *     error. A directory that cannot be read is reported as one error.
   */
  public synchronized List<RuleProblem> reload(Path dir) {
    Verification v;
    try {
      v = Compilateurs.charge().verifier(RuleFiles.fromDirectory(dir));
    } catch (RuleBaseException e) {
      return List.of(RuleProblem.error(dir.toString(), 0, 0, e.getMessage()));
    }
    v.base().ifPresent(current::set);
    return v.problems();
  }
}
