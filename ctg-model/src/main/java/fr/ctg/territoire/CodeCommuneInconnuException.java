package fr.ctg.territoire;

/**
 * An INSEE code that designates no commune of the registry of a date: unknown, or a commune only in
 * a later release. The message is French and says which (and the date it appears).
 */
public final class CodeCommuneInconnuException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;

  CodeCommuneInconnuException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The code asked for. */
  public String code() {
    return code;
  }
}
