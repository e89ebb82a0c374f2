package fr.ctg.regles;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link CompilateurRegles} found in a set of rule files: every problem (errors and warnings,
 * sorted by file and position) and, when there is no error, the rule base ready to serve.
 * Immutable.
 */
public final class Verification {
  private final List<RuleProblem> problems;
  private final RuleBase base;

  private Verification(List<RuleProblem> problems, RuleBase base) {
    this.problems = List.copyOf(problems);
    this.base = base;
  }

  /**
   * The outcome of a verification: {@code problems} (sorted by the caller) and the rule base, which
   * must be present iff no problem is an error.
   *
   * @throws IllegalArgumentException when {@code base} is absent without error, or present with one
   */
  public static Verification of(List<RuleProblem> problems, Optional<RuleBase> base) {
    boolean erreurs = problems.stream().anyMatch(RuleProblem::isError);
    if (erreurs == base.isPresent()) {
      throw new IllegalArgumentException(erreurs ? "une base de règles avec des erreurs" : "ni base ni erreur");
    }
    return new Verification(problems, base.orElse(null));
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
