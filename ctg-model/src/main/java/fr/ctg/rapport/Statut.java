package fr.ctg.rapport;

/**
 * The outcome of a rule for one subject (RULES.md); the vocabulary is stable.
 *
 * <p>Constants are immutable and thread-safe; their names are part of the report formats and never change.
 */
public enum Statut {
  SATISFAIT,
  NON_SATISFAIT,
  A_VERIFIER,
  ELIGIBLE,
  INELIGIBLE,
  AVERTISSEMENT,
  INFO,
  /** Only on request: the rule does not apply, and the finding says why. */
  NON_APPLICABLE
}
