package fr.ctg.regles.bt;

import java.util.Objects;

/**
 * Fact inserted by the BT-ELIGIBILITE rules: whether a collectivité counts as engaged in the CTG
 * (signatory, or deliberation and fiche d'engagement on or before the deadline), and why, in French.
 * Read by BT-ELIGIBILITE, BT-TRAJECTOIRE and CCT-ELIGIBILITE. Immutable.
 */
public final class EngagementCollectivite {
  private final CollectiviteBT collectivite;
  private final EtatCondition etat;
  private final String motif;

  public EngagementCollectivite(CollectiviteBT collectivite, EtatCondition etat, String motif) {
    this.collectivite = Objects.requireNonNull(collectivite);
    this.etat = Objects.requireNonNull(etat);
    this.motif = Objects.requireNonNull(motif);
  }

  public CollectiviteBT collectivite() { return collectivite; }

  /** Shortcut for joins: the collectivité's id. */
  public String collectiviteId() { return collectivite.id(); }

  public EtatCondition etat() { return etat; }

  public boolean engagee() { return etat == EtatCondition.REMPLIE; }

  /** "Béthune (62119) : délibération du … et fiche d'engagement du …, au plus tard le …". */
  public String motif() { return motif; }

  @Override
  public String toString() {
    return "EngagementCollectivite[" + collectivite.id() + " " + etat + "]";
  }
}
