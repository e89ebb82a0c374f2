package fr.ctg.document;

import java.util.Objects;

/**
 * One problem found in an input document, positioned: {@code file:line:column: $.pointer: message}.
 * Lines and columns start at 1; 0 means the position is unknown (e.g. a missing file).
 */
public final class DocumentError implements Comparable<DocumentError> {
  private final String file;
  private final int line;
  private final int column;
  private final String pointer;
  private final String message;

  public DocumentError(String file, int line, int column, String pointer, String message) {
    this.file = Objects.requireNonNull(file);
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer);
    this.message = Objects.requireNonNull(message);
  }

  public String file() { return file; }

  public int line() { return line; }

  public int column() { return column; }

  /** JSON pointer in the {@code $.a.b[0]} notation of the reports; {@code $} for the whole document. */
  public String pointer() { return pointer; }

  /** The problem in French, saying what is expected. */
  public String message() { return message; }

  @Override
  public int compareTo(DocumentError o) {
    int c = file.compareTo(o.file);
    if (c == 0) c = Integer.compare(line, o.line);
    if (c == 0) c = Integer.compare(column, o.column);
    if (c == 0) c = pointer.compareTo(o.pointer);
    if (c == 0) c = message.compareTo(o.message);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentError && compareTo((DocumentError) o) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, pointer, message);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + pointer + ": " + message;
  }
}
