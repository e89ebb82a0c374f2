package fr.ctg.regles;

/** The rule base cannot be loaded or has no rule (exit code 3 of the command). */
public final class RuleBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient java.util.List<RuleProblem> problems;

  public RuleBaseException(String message) {
    super(message);
    this.problems = java.util.List.of();
  }

  /** The rule base is invalid for these reasons (errors of the compiler or of the static checks). */
  public RuleBaseException(String message, java.util.List<RuleProblem> problems) {
    super(message + (problems.isEmpty() ? "" : " :\n" + problems.stream().map(RuleProblem::toString)
        .collect(java.util.stream.Collectors.joining("\n"))));
    this.problems = java.util.List.copyOf(problems);
  }

  /** The positioned problems, when the rule base was compiled from files; empty otherwise. */
  public java.util.List<RuleProblem> problems() {
    return problems;
  }

  public RuleBaseException(String message, Throwable cause) {
    super(message, cause);
    this.problems = java.util.List.of();
  }
}
