package fr.ctg.regles.bt;

import fr.ctg.rapport.Statut;
import fr.ctg.regles.Constats;
import fr.ctg.regles.ParametreEnVigueur;
import fr.ctg.regles.Textes;
import java.math.BigDecimal;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** Conclusions of the decision table {@code trajectoire.drl.csv} (BT-TRAJECTOIRE), phrased in French. */
public final class Trajectoire {
  private Trajectoire() {}

  private static String progression(ProgressionPlaces p) {
    return "places PSU cofinancées " + p.anneeReference() + " : " + p.placesReference() + ", " + p.annee() + " : "
        + p.placesAnnee() + " (progression " + Textes.nombre(p.progression().setScale(2, java.math.RoundingMode.DOWN)
            .stripTrailingZeros()) + " %)";
  }

  /** The collectivité reached tier {@code palier} (the highest one it reached). */
  public static void palier(Constats constats, RuleContext kcontext, ProgressionPlaces p,
      ParametreEnVigueur reference, ParametreEnVigueur taux, ParametreEnVigueur parPlace, int palier) {
    BigDecimal montant = parPlace.nombre().multiply(BigDecimal.valueOf(p.placesBonifiees())).setScale(2);
    constats.conclureSur(kcontext, Statut.ELIGIBLE, p.sujet(), List.of(reference, taux, parPlace),
        "bénéficie du bonus trajectoire de développement, palier " + palier + " : " + progression(p) + " ≥ "
            + Textes.nombre(taux.nombre()) + " % ; " + Textes.euros(parPlace.nombre()) + " × " + p.placesBonifiees()
            + " place(s) PSU bénéficiant du bonus territoire = " + Textes.euros(montant) + "."
            + (p.placesBonifiees() == 0 ? " Aucune des structures qu'elle soutient n'est éligible au bonus territoire avec des places PSU : rien à verser." : ""),
        "palier", palier, "placesReference", p.placesReference(), "placesAnnee", p.placesAnnee(),
        "progression", p.progression(), "placesBonifiees", p.placesBonifiees(), "montant", montant);
  }

  /** The progression is below the first tier. */
  public static void sousLePremierPalier(Constats constats, RuleContext kcontext, ProgressionPlaces p,
      ParametreEnVigueur reference, ParametreEnVigueur premier) {
    constats.conclureSur(kcontext, Statut.INELIGIBLE, p.sujet(), List.of(reference, premier),
        "n'atteint pas le premier palier du bonus trajectoire de développement : " + progression(p) + " < "
            + Textes.nombre(premier.nombre()) + " %.",
        "placesReference", p.placesReference(), "placesAnnee", p.placesAnnee(), "progression", p.progression());
  }

  /** The counts of places are not known. */
  public static void inconnue(Constats constats, RuleContext kcontext, ProgressionPlaces p,
      ParametreEnVigueur reference) {
    String manque = p.placesReference() == null || p.placesAnnee() == null
        ? "le nombre de places PSU cofinancées en " + (p.placesReference() == null ? p.anneeReference() : "")
            + (p.placesReference() == null && p.placesAnnee() == null ? " et en " : "")
            + (p.placesAnnee() == null ? p.annee() : "") + " n'est pas renseigné"
        : "aucune place PSU cofinancée en " + p.anneeReference() + " : la progression n'est pas définie";
    constats.conclureSur(kcontext, Statut.A_VERIFIER, p.sujet(), List.of(reference),
        "peut prétendre au bonus trajectoire de développement si ses places PSU cofinancées progressent depuis "
            + p.anneeReference() + " ; " + manque + " (à fournir pour l'évaluer).");
  }
}
