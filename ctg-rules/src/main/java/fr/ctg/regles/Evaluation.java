package fr.ctg.regles;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact: the evaluation itself — the reference date the rules reason about (never the wall clock)
 * and whether the caller asked for the {@code NON_APPLICABLE} findings ("why not"). One per run.
 */
public final class Evaluation {
  private final LocalDate date;
  private final boolean inclureNonApplicables;

  public Evaluation(LocalDate date, boolean inclureNonApplicables) {
    this.date = Objects.requireNonNull(date);
    this.inclureNonApplicables = inclureNonApplicables;
  }

  public LocalDate date() { return date; }

  public boolean inclureNonApplicables() { return inclureNonApplicables; }

  @Override
  public String toString() {
    return "Evaluation[" + date + (inclureNonApplicables ? ", non applicables inclus" : "") + "]";
  }
}
