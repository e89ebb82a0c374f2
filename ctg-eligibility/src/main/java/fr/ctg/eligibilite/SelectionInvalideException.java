package fr.ctg.eligibilite;

/**
 * The caller's input names something the territory does not know, or contradicts itself (two
 * transfers of the same competence of the same commune in force on the same date). The message is
 * in French and meant for the person who wrote the input.
 *
 * <p>Unchecked: it signals bad input from the caller's user, so an application catches it to show the message (no stack trace needed); never thrown for a programming error.
 */
public final class SelectionInvalideException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SelectionInvalideException(String message) {
    super(message);
  }
}
