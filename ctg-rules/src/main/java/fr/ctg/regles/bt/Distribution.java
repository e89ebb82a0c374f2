package fr.ctg.regles.bt;

import fr.ctg.rapport.Statut;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.Textes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glue between the BT-REPARTITION rule and {@link fr.ctg.regles.bt.RepartitionBonus}: the rule passes the
 * decisions and weights the rules produced; this turns them into the parts of the distribution and
 * phrases the result. It decides nothing: a structure takes part as eligible exactly when its
 * decision is {@code ELIGIBLE} and a rule gave it a weight.
 */
public final class Distribution {
  private Distribution() {}

  /** One part per decision: eligible iff ELIGIBLE with a weight; weight 0 when none. */
  public static List<PartPrevue> parts(Collection<?> decisions, Collection<?> poids) {
    Map<String, PoidsBT> parId = poidsParId(poids);
    List<PartPrevue> parts = new ArrayList<>();
    for (Object o : decisions) {
      DecisionBT d = (DecisionBT) o;
      PoidsBT p = parId.get(d.equipementId());
      parts.add(PartPrevue.of(d.equipementId(), p == null ? BigDecimal.ZERO : p.poids(), d.eligible() && p != null));
    }
    return parts;
  }

  public static Map<String, PoidsBT> poidsParId(Collection<?> poids) {
    Map<String, PoidsBT> parId = new HashMap<>();
    for (Object o : poids) parId.put(((PoidsBT) o).equipement(), (PoidsBT) o);
    return parId;
  }

  public static Map<String, DecisionBT> decisionsParId(Collection<?> decisions) {
    Map<String, DecisionBT> parId = new HashMap<>();
    for (Object o : decisions) parId.put(((DecisionBT) o).equipementId(), (DecisionBT) o);
    return parId;
  }

  /** Sum of the PSU places of the structures of {@code decisions}. */
  public static int places(Collection<?> decisions) {
    int n = 0;
    for (Object o : decisions) {
      Integer p = ((DecisionBT) o).equipement().placesPsu();
      if (p != null) n += p;
    }
    return n;
  }

  public static Sujet sujet(DecisionBT d) {
    return d.equipement().sujet();
  }

  /** The message of one line of the distribution table. */
  public static String ligne(PartAttribuee part, DecisionBT d, PoidsBT p, Repartition r) {
    if (part.eligible()) {
      return "recevrait " + Textes.euros(part.montant()) + " du bonus territoire, à titre indicatif (poids " + Textes.nombre(part.poids())
          + " : " + p.origine() + ", sur un poids éligible total de " + Textes.nombre(r.poidsEligibleTotal())
          + ") : la Caf répartit elle-même, seul son montant notifié est définitif.";
    }
    if (d.eligible()) {
      return "reçoit 0,00 € : éligible, mais sans poids pour la répartition (voir BT-REPARTITION, poids à déclarer).";
    }
    return "reçoit 0,00 € : " + (d.statut() == Statut.INELIGIBLE ? "inéligible" : "éligibilité à vérifier")
        + " (voir BT-ELIGIBILITE).";
  }

  /** Number of decisions still {@code A_VERIFIER}. */
  public static int aVerifier(Collection<?> decisions) {
    int n = 0;
    for (Object o : decisions) if (((DecisionBT) o).statut() == Statut.A_VERIFIER) n++;
    return n;
  }

  /** The message of the summary of the distribution; provisional while some eligibility is unknown. */
  public static String resume(Repartition r, EnveloppeBT e, int annee, Collection<?> decisions) {
    int aVerifier = aVerifier(decisions);
    String provisoire = aVerifier == 0 ? "" : " Répartition PROVISOIRE : " + aVerifier
        + " structure(s) dont l'éligibilité reste à vérifier n'y prennent pas part ; les montants changeront quand elle sera établie.";
    return resume(r, e, annee) + provisoire + " " + RESERVE;
  }

  /**
   * The reserve of every distribution (#12 §2): the sources say the Caf distributes the amount itself
   * (003_d0c80c4aeed589fb.txt L5910-5914) and fix no key; the prorata is ctg's reading, so its amounts are
   * indicative, never a decision.
   */
  public static final String RESERVE = "Répartition INDICATIVE : les sources disent que la Caf répartit elle-même ces "
      + "financements entre les structures et ne fixent aucune clé ; le prorata des poids est une lecture de ctg, "
      + "non une décision : seuls les montants que la Caf notifie sont définitifs.";

  /** The nature of a distribution, for the finding's facts: {@code provisoire} while eligibility is unknown, else {@code indicative}. */
  public static String nature(Collection<?> decisions) {
    return aVerifier(decisions) == 0 ? "indicative" : "provisoire";
  }

  private static String resume(Repartition r, EnveloppeBT e, int annee) {
    if (r.nonReparti().signum() > 0) {
      return "ne répartit rien de l'enveloppe " + annee + " de " + Textes.euros(r.enveloppe()) + " (" + e.origine()
          + ") : aucune structure éligible n'a de poids ; " + Textes.euros(r.nonReparti())
          + " non réparti(s) tant que l'éligibilité et les poids ne sont pas établis.";
    }
    return "répartit l'enveloppe " + annee + " de " + Textes.euros(r.enveloppe()) + " (" + e.origine() + ") entre "
        + r.nombreEligibles() + " structure(s) éligible(s) au prorata de leur poids (total "
        + Textes.nombre(r.poidsEligibleTotal()) + "), au centime près (plus forts restes, égalités départagées par identifiant) : "
        + Textes.euros(r.totalReparti()) + " répartis.";
  }
}
