package fr.ctg.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input document (convention, parameters, populations, transfers, RPE coverage,
 * scenario) is invalid. Carries every error found, sorted by position; nothing partial is returned
 * alongside it.
 *
 * <p>Checked: the caller must decide what to show. {@link #getMessage()} and every error's text are French, positioned {@code file:line:column: $.pointer: message}; never thrown for a programming error.
 */
public final class InvalidDocumentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<DocumentError> errors;

  public InvalidDocumentException(List<DocumentError> errors) {
    super(errors.stream().sorted().map(DocumentError::toString).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid document has at least one error");
    }
    this.errors = errors.stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /** Every error, sorted by file, line, column; never empty. */
  public List<DocumentError> errors() {
    return errors;
  }
}
