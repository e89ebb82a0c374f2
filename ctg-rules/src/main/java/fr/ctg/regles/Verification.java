package fr.ctg.regles;

import java.util.List;
import java.util.Optional;

/**
 * What {@link RuleVerifier} found in a set of rule files: every problem (errors and warnings,
 * sorted by file and position) and, when there is no error, the rule base ready to serve.
 * Immutable.
 */
public final class Verification {
  private final List<RuleProblem> problems;
  private final RuleBase base;

  Verification(List<RuleProblem> problems, RuleBase base) {
    this.problems = List.copyOf(problems);
    this.base = base;
  }

  /** Every problem, sorted by file, line and column. */
  public List<RuleProblem> problems() {
    return problems;
  }

  public List<RuleProblem> errors() {
    return problems.stream().filter(RuleProblem::isError).collect(java.util.stream.Collectors.toList());
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(RuleProblem::isError);
  }

  /** The compiled rule base; present iff there is no error. */
  public Optional<RuleBase> base() {
    return Optional.ofNullable(base);
  }
}
