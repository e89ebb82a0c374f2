package fr.ctg.eligibilite;

/**
 * What an evaluation of the AO obligations ({@link Evaluateur#obligations(SelectionTerritoire,
 * java.time.LocalDate, EntreesAO, OptionsObligations)}) reports beyond the obligations that apply.
 * Immutable; each {@code avec…} method returns a new value.
 *
 * <pre>{@code
 * Rapport r = ctg.obligations(selection, date, EntreesAO.aucune(), OptionsObligations.parDefaut());
 * Rapport avecMotifs = ctg.obligations(selection, date, EntreesAO.aucune(),
 *     OptionsObligations.parDefaut().avecNonApplicables());
 * }</pre>
 */
public final class OptionsObligations {
  private static final OptionsObligations PAR_DEFAUT = new OptionsObligations(false);

  private final boolean nonApplicables;

  private OptionsObligations(boolean nonApplicables) {
    this.nonApplicables = nonApplicables;
  }

  /** Only the obligations that apply (what {@code ctg obligations} reports without option). */
  public static OptionsObligations parDefaut() {
    return PAR_DEFAUT;
  }

  /**
   * Also the obligations that do not apply, each with the reason ({@code NON_APPLICABLE} findings;
   * {@code ctg obligations --inclure-non-applicables}).
   */
  public OptionsObligations avecNonApplicables() {
    return new OptionsObligations(true);
  }

  /** These options with the obligations that do not apply reported or not, as {@code oui} says. */
  public OptionsObligations nonApplicables(boolean oui) {
    return oui ? avecNonApplicables() : new OptionsObligations(false);
  }

  /** Whether the obligations that do not apply are reported, with their reason. */
  public boolean inclureNonApplicables() {
    return nonApplicables;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OptionsObligations && ((OptionsObligations) o).nonApplicables == nonApplicables;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(nonApplicables);
  }

  @Override
  public String toString() {
    return "OptionsObligations[nonApplicables=" + nonApplicables + "]";
  }
}
