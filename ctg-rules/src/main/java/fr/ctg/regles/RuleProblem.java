package fr.ctg.regles;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a rule directory by the compiler or the static checks, positioned:
 * {@code file:line:column: message} (French), or {@code file:Feuille!C7: message} in a spreadsheet
 * decision table, where the line is the row and the column the column number of that cell. Lines
 * and columns start at 1; 0 means unknown. An
 * {@link Severity#ERROR} keeps the rule base from being used; a {@link Severity#WARNING} does not.
 * Immutable.
 */
public final class RuleProblem implements Comparable<RuleProblem> {
  /** Whether the problem keeps the rule base from being used. */
  public enum Severity { ERROR, WARNING }

  private static final Comparator<RuleProblem> ORDER = Comparator.comparing(RuleProblem::file)
      .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)
      .thenComparing(RuleProblem::severity).thenComparing(RuleProblem::message);

  private final String file;
  private final int line;
  private final int column;
  private final Severity severity;
  private final String message;
  private final String cellule;

  public RuleProblem(String file, int line, int column, Severity severity, String message) {
    this(file, line, column, severity, message, null);
  }

  private RuleProblem(String file, int line, int column, Severity severity, String message, String cellule) {
    this.file = Objects.requireNonNull(file);
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.severity = Objects.requireNonNull(severity);
    this.message = Objects.requireNonNull(message);
    this.cellule = cellule;
  }

  /** The same problem, in a spreadsheet, at the cell {@code cellule} ({@code Feuille!C7}) of row {@code line}, column {@code column}. */
  public static RuleProblem enCellule(String file, int line, int column, Severity severity, String message, String cellule) {
    return new RuleProblem(file, line, column, severity, message, Objects.requireNonNull(cellule));
  }

  /** An error at {@code file:line:column} (from 1; 0 when unknown), message in French. */
  public static RuleProblem error(String file, int line, int column, String message) {
    return new RuleProblem(file, line, column, Severity.ERROR, message);
  }

  /** A warning at {@code file:line:column} (from 1; 0 when unknown), message in French. */
  public static RuleProblem warning(String file, int line, int column, String message) {
    return new RuleProblem(file, line, column, Severity.WARNING, message);
  }

  /** The file as shown to the user (the directory-relative path prefixed with the directory). */
  public String file() { return file; }

  public int line() { return line; }

  public int column() { return column; }

  public Severity severity() { return severity; }

  public boolean isError() { return severity == Severity.ERROR; }

  /** The cell of a spreadsheet table ({@code Feuille!C7}, the sheet quoted if its name has spaces), if the problem is in one. */
  public java.util.Optional<String> cellule() { return java.util.Optional.ofNullable(cellule); }

  /** The problem in French. */
  public String message() { return message; }

  @Override
  public int compareTo(RuleProblem o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleProblem && compareTo((RuleProblem) o) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, severity, message);
  }

  /**
   * {@code file:line:column: message} ({@code file:Feuille!C7: message} in a spreadsheet), with
   * {@code avertissement : } before a warning's message.
   */
  @Override
  public String toString() {
    return file + ":" + (cellule != null ? cellule : line + ":" + column) + ": " + (isError() ? "" : "avertissement : ") + message;
  }
}
