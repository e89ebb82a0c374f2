package fr.ctg.regles.ao;

import java.util.List;
import java.util.Objects;

/**
 * Fact: for one holder of the quality competence (4°), which of its communes are covered by a
 * relais petite enfance open on the evaluation date, whoever runs it (CASF L.214-2-1). Inserted
 * only when the caller supplied RPE coverage data; absent data means "unknown", not "uncovered".
 */
public final class CouvertureRpe {
  private final String titulaire;
  private final List<String> communesCouvertes;
  private final List<String> communesNonCouvertes;
  private final List<String> rpe;

  public CouvertureRpe(String titulaire, List<String> communesCouvertes,
      List<String> communesNonCouvertes, List<String> rpe) {
    this.titulaire = Objects.requireNonNull(titulaire);
    this.communesCouvertes = List.copyOf(communesCouvertes);
    this.communesNonCouvertes = List.copyOf(communesNonCouvertes);
    this.rpe = List.copyOf(rpe);
  }

  /** INSEE code or SIREN of the holder. */
  public String titulaire() { return titulaire; }

  public List<String> communesCouvertes() { return communesCouvertes; }

  public List<String> communesNonCouvertes() { return communesNonCouvertes; }

  /** Whether every commune of the holder is covered. */
  public boolean complete() { return communesNonCouvertes.isEmpty(); }

  /** Ids of the RPE covering at least one of the holder's communes, sorted. */
  public List<String> rpe() { return rpe; }
}
