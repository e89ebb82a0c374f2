package fr.ctg.rapport;

/**
 * Where a fact a finding rests on comes from. Only {@link #SOURCE} and {@link #REGISTRE} facts can
 * ground a negative conclusion ({@code NON_SATISFAIT}, {@code INELIGIBLE}); a {@link #HYPOTHESE}
 * yields at most {@code A_VERIFIER}.
 */
public enum NatureProvenance {
  /** The document says it (its title, article, page, passage). */
  SOURCE,
  /** Assembled from the national registry of a given vintage. */
  REGISTRE,
  /** An encoder's reading, with the sentence that justifies it. */
  HYPOTHESE
}
