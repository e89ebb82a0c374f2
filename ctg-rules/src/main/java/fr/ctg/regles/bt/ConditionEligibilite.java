package fr.ctg.regles.bt;

import java.util.Comparator;
import java.util.Objects;

/**
 * Fact inserted by an eligibility rule (BT-ELIGIBILITE, CCT-ELIGIBILITE): one condition of
 * eligibility that a subject does not meet, or that cannot be checked because a fact is missing.
 * The decision rules conclude from the set of these facts: none → eligible; one not met →
 * ineligible (naming every condition); otherwise → to be checked. Immutable.
 */
public final class ConditionEligibilite {
  /** The order the conditions are listed in messages: by {@link #ordre()}, then motif. */
  public static final Comparator<ConditionEligibilite> ORDRE =
      Comparator.comparingInt(ConditionEligibilite::ordre).thenComparing(ConditionEligibilite::motif);

  private final String regle;
  private final String sujet;
  private final int ordre;
  private final String condition;
  private final EtatCondition etat;
  private final String motif;

  /**
   * @param regle the rule id the condition belongs to ({@code BT-ELIGIBILITE}...)
   * @param sujet id of the structure or post
   * @param ordre position of the condition in the rule's text (1, 2...)
   * @param condition short name of the condition, e.g. {@code annexe}
   * @param etat {@code NON_REMPLIE} or {@code INCONNUE}
   * @param motif what is wrong and what to do, in French
   */
  public ConditionEligibilite(String regle, String sujet, int ordre, String condition,
      EtatCondition etat, String motif) {
    this.regle = Objects.requireNonNull(regle);
    this.sujet = Objects.requireNonNull(sujet);
    this.ordre = ordre;
    this.condition = Objects.requireNonNull(condition);
    if (etat == EtatCondition.REMPLIE) {
      throw new IllegalArgumentException("seules les conditions non remplies ou inconnues sont des faits");
    }
    this.etat = etat;
    this.motif = Objects.requireNonNull(motif);
  }

  public String regle() { return regle; }

  public String sujet() { return sujet; }

  public int ordre() { return ordre; }

  public String condition() { return condition; }

  public EtatCondition etat() { return etat; }

  public boolean nonRemplie() { return etat == EtatCondition.NON_REMPLIE; }

  public String motif() { return motif; }

  @Override
  public String toString() {
    return regle + " " + sujet + " " + condition + " " + etat;
  }
}
