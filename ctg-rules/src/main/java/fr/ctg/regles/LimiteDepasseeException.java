package fr.ctg.regles;

import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation was stopped because it exceeded one of its {@link Limites}: a rule ran away. The
 * message (French) names the limit and the rule or DRL function that was running, with its file and
 * line when the rules were compiled from an expert's directory. The session was disposed; the rule
 * base is untouched and serves the next evaluation.
 *
 * <p>Carries no Drools type; its stack trace says nothing a person needs (show the message).
 */
public final class LimiteDepasseeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which bound was exceeded. */
  public enum Limite {
    /** Rule firings of a session ({@link Limites#declenchements()}). */
    DECLENCHEMENTS,
    /** Wall-clock time of the evaluation ({@link Limites#duree()}). */
    DUREE,
    /** Facts in a session's working memory ({@link Limites#faits()}). */
    FAITS,
    /** Depth of calls: a DRL function that calls itself without end (the thread's stack). */
    PROFONDEUR
  }

  private final Limite limite;
  private final String regle;
  private final String fichier;

  LimiteDepasseeException(Limite limite, String message, String regle, String fichier) {
    super(message, null, false, false);
    this.limite = Objects.requireNonNull(limite);
    this.regle = regle;
    this.fichier = fichier;
  }

  /** The bound that was exceeded. */
  public Limite limite() {
    return limite;
  }

  /**
   * The rule (its name, as in the DRL {@code rule "…"} or the decision-table row) or the DRL function
   * ({@code fonction f}) that was running; empty when none was (the caller's own facts exceed the
   * fact limit).
   */
  public Optional<String> regle() {
    return Optional.ofNullable(regle);
  }

  /** {@code fichier:ligne} of that rule or function in an expert's directory; empty for the bundled rules. */
  public Optional<String> fichier() {
    return Optional.ofNullable(fichier);
  }
}
