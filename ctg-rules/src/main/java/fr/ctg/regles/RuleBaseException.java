package fr.ctg.regles;

/** The rule base cannot be loaded or has no rule (exit code 3 of the command). */
public final class RuleBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleBaseException(String message) {
    super(message);
  }

  public RuleBaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
