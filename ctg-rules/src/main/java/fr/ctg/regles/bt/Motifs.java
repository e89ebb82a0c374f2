package fr.ctg.regles.bt;

import fr.ctg.regles.Textes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** French wording shared by the BT and CCT rules (the rules decide; this only phrases). */
public final class Motifs {
  private Motifs() {}

  /** "Béthune (62119)". */
  public static String nom(CollectiviteBT c) {
    return c.nom().equals(c.id()) ? c.nom() : c.nom() + " (" + c.id() + ")";
  }

  /** The strings, sorted and joined by " ; ". */
  public static String joindre(Collection<?> motifs) {
    TreeSet<String> tries = new TreeSet<>();
    for (Object o : motifs) tries.add(String.valueOf(o));
    return String.join(" ; ", tries);
  }

  /** ", au plus tard le 29 novembre 2025" or "" when the deadline is unknown. */
  /** « , datées avant le 29 novembre 2025 »: the deadline in the text's words; empty when none. */
  public static String auPlusTard(String echeance) {
    return echeance == null || echeance.isEmpty() ? "" : ", datées " + echeance;
  }

  public static String engagementHorsDelai(CollectiviteBT c, LocalDate limite, String echeance) {
    List<String> tard = new ArrayList<>();
    if (c.dateDeliberation() != null && c.dateDeliberation().isAfter(limite)) {
      tard.add("délibération du " + Textes.date(c.dateDeliberation()));
    }
    if (c.dateFicheEngagement() != null && c.dateFicheEngagement().isAfter(limite)) {
      tard.add("fiche d'engagement du " + Textes.date(c.dateFicheEngagement()));
    }
    return nom(c) + " : " + String.join(" et ", tard) + " hors du délai d'engagement, « " + echeance + " »";
  }

  public static String engagementIncomplet(CollectiviteBT c, String echeance) {
    List<String> manque = new ArrayList<>();
    if (c.dateDeliberation() == null) manque.add("la date de la délibération");
    if (c.dateFicheEngagement() == null) manque.add("la date de la fiche d'engagement");
    return nom(c) + " : engagement renseigné sans " + String.join(" ni ", manque) + " (à fournir"
        + auPlusTard(echeance) + ")";
  }

  public static String engagementDansLeDelai(CollectiviteBT c, String echeance) {
    return nom(c) + " : délibération du " + Textes.date(c.dateDeliberation()) + " et fiche d'engagement du "
        + Textes.date(c.dateFicheEngagement()) + ", « " + echeance + " »";
  }

  /** The conditions of one subject: those not met first, then those to check, each once, in rule order. */
  public static String conditions(Collection<?> conditions) {
    List<ConditionEligibilite> l = triees(conditions);
    String non = l.stream().filter(ConditionEligibilite::nonRemplie).map(ConditionEligibilite::motif)
        .collect(Collectors.joining(" ; "));
    String inconnues = l.stream().filter(c -> !c.nonRemplie()).map(ConditionEligibilite::motif)
        .collect(Collectors.joining(" ; "));
    if (non.isEmpty()) return inconnues;
    return inconnues.isEmpty() ? non : non + " ; à vérifier aussi : " + inconnues;
  }

  /** The names of the conditions in the given state, in rule order, comma-separated. */
  public static String noms(Collection<?> conditions, boolean nonRemplies) {
    return triees(conditions).stream().filter(c -> c.nonRemplie() == nonRemplies)
        .map(ConditionEligibilite::condition).distinct().collect(Collectors.joining(", "));
  }

  private static List<ConditionEligibilite> triees(Collection<?> conditions) {
    List<ConditionEligibilite> l = new ArrayList<>();
    for (Object o : conditions) l.add((ConditionEligibilite) o);
    l.sort(ConditionEligibilite.ORDRE);
    return l;
  }

  /** What stands in the way of a new project (BT-NOUVEAU-PROJET), failed or unknown conditions. */
  public static String projet(NouveauProjetBT p, DecisionBT d, boolean nonRemplies) {
    List<String> l = new ArrayList<>();
    if (nonRemplies) {
      if (d.statut() == fr.ctg.rapport.Statut.INELIGIBLE) {
        l.add("la structure " + d.equipementId() + " n'est pas éligible au bonus territoire (BT-ELIGIBILITE)");
      }
      if (Boolean.FALSE.equals(p.opportuniteAcceptee())) l.add("l'opportunité du projet n'a pas été retenue");
      if (p.fondsDisponibles() != null && !p.fondsSuffisants()) {
        l.add("les fonds dédiés disponibles (" + Textes.euros(p.fondsDisponibles()) + ") ne couvrent pas le montant demandé ("
            + Textes.euros(p.montantDemande()) + ")");
      }
    } else {
      if (d.statut() == fr.ctg.rapport.Statut.A_VERIFIER) {
        l.add("l'éligibilité de la structure " + d.equipementId() + " reste à vérifier (BT-ELIGIBILITE)");
      }
      if (p.opportuniteAcceptee() == null) l.add("la décision sur l'opportunité du projet n'est pas renseignée");
      if (p.fondsDisponibles() == null) l.add("les fonds dédiés encore disponibles ne sont pas renseignés");
    }
    return String.join(" ; ", l);
  }
}
