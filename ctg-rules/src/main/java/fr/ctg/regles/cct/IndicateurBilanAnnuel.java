package fr.ctg.regles.cct;

import java.util.Objects;

/**
 * Fact: the convention lists, among its evaluation indicators, the annual bilan of the mission of
 * its chargés de coopération territoriale. Inserted only for a convention whose text says so: the
 * indicator is that convention's, not a rule for every convention. Immutable.
 */
public final class IndicateurBilanAnnuel {
  private final String convention;
  private final String source;

  /**
   * @param convention id of the convention that lists the indicator
   * @param source where it lists it (document, lines); null when the encoding does not say
   */
  public IndicateurBilanAnnuel(String convention, String source) {
    this.convention = Objects.requireNonNull(convention);
    this.source = source;
  }

  public String convention() { return convention; }

  /** Where the convention lists the indicator; null when not given. */
  public String source() { return source; }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicateurBilanAnnuel && convention.equals(((IndicateurBilanAnnuel) o).convention)
        && Objects.equals(source, ((IndicateurBilanAnnuel) o).source);
  }

  @Override
  public int hashCode() { return Objects.hash(convention, source); }

  @Override
  public String toString() { return "IndicateurBilanAnnuel[" + convention + "]"; }
}
