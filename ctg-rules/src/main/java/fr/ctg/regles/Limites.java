package fr.ctg.regles;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of one evaluation, so that a rule that runs away (a {@code modify} that re-triggers
 * its own rule, a loop that never ends, an explosion of inserted facts) stops the evaluation with a
 * {@link LimiteDepasseeException} instead of hanging or exhausting the heap:
 * <ul>
 *   <li>{@link #declenchements()}: rule firings per session (default {@value #DECLENCHEMENTS_PAR_DEFAUT});</li>
 *   <li>{@link #duree()}: wall-clock time of the whole evaluation, all its sessions together (default
 *       {@link #DUREE_PAR_DEFAUT}, 2 minutes);</li>
 *   <li>{@link #faits()}: facts in a session's working memory, inserted by the caller or by the rules
 *       (default {@value #FAITS_PAR_DEFAUT}).</li>
 * </ul>
 * A session is what {@link RuleBase#evaluer} runs: a convention check, a bonus, or a batch of at most
 * 1 000 AO holders of a large territory. The defaults are far above what the bundled rules need:
 * the obligations of every commune of France (35 batches) fire fewer than 3 500 rules and hold fewer
 * than 2 000 facts per session (measured with {@code ctg obligations --france --declenchements-max N}
 * and {@code --faits-max N}), in about 160 ms warm. 100 000 facts take about 20 MiB of heap (a fact
 * handle and its tuples): an explosion of inserted facts stops well before a 128 MiB heap is
 * exhausted, where 500 000 facts did not.
 *
 * <p>Immutable and thread-safe.
 */
public final class Limites {
  /** Default bound on rule firings per session. */
  public static final long DECLENCHEMENTS_PAR_DEFAUT = 1_000_000;
  /** Default bound on the facts of a session's working memory. */
  public static final long FAITS_PAR_DEFAUT = 100_000;
  /** Default wall-clock budget of an evaluation. */
  public static final Duration DUREE_PAR_DEFAUT = Duration.ofMinutes(2);

  private static final Limites PAR_DEFAUT = new Limites(DECLENCHEMENTS_PAR_DEFAUT, DUREE_PAR_DEFAUT, FAITS_PAR_DEFAUT);

  private final long declenchements;
  private final Duration duree;
  private final long faits;

  private Limites(long declenchements, Duration duree, long faits) {
    if (declenchements < 1) {
      throw new IllegalArgumentException("limite de déclenchements : au moins 1 (reçu " + declenchements + ")");
    }
    Objects.requireNonNull(duree, "duree");
    if (duree.isNegative() || duree.isZero()) {
      throw new IllegalArgumentException("durée maximale : strictement positive (reçu " + duree + ")");
    }
    if (faits < 1) throw new IllegalArgumentException("limite de faits : au moins 1 (reçu " + faits + ")");
    this.declenchements = declenchements;
    this.duree = duree;
    this.faits = faits;
  }

  /** The documented defaults. */
  public static Limites parDefaut() {
    return PAR_DEFAUT;
  }

  /**
   * These limits with at most {@code n} rule firings per session.
   *
   * @throws IllegalArgumentException (French message) if {@code n < 1}
   */
  public Limites declenchements(long n) {
    return new Limites(n, duree, faits);
  }

  /**
   * These limits with a wall-clock budget of {@code d} for the whole evaluation.
   *
   * @throws IllegalArgumentException (French message) if {@code d} is not strictly positive
   */
  public Limites duree(Duration d) {
    return new Limites(declenchements, d, faits);
  }

  /**
   * These limits with at most {@code n} facts in a session's working memory.
   *
   * @throws IllegalArgumentException (French message) if {@code n < 1}
   */
  public Limites faits(long n) {
    return new Limites(declenchements, duree, n);
  }

  /** Rule firings allowed per session. */
  public long declenchements() {
    return declenchements;
  }

  /** Wall-clock budget of an evaluation. */
  public Duration duree() {
    return duree;
  }

  /** Facts allowed in a session's working memory. */
  public long faits() {
    return faits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limites && ((Limites) o).declenchements == declenchements && ((Limites) o).faits == faits
        && ((Limites) o).duree.equals(duree);
  }

  @Override
  public int hashCode() {
    return Objects.hash(declenchements, duree, faits);
  }

  @Override
  public String toString() {
    return "Limites[déclenchements=" + declenchements + ", durée=" + duree + ", faits=" + faits + "]";
  }
}
