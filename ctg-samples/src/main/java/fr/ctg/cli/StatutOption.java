package fr.ctg.cli;

import fr.ctg.rapport.ImmutableRapport;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --statut S[,S…]}: keep only the findings with one of these statuses (check, obligations,
 * bonus), e.g. what is left to do: {@code --statut NON_SATISFAIT,A_VERIFIER}. The summary counts the
 * findings kept; {@code --strict} still judges every finding of the evaluation (the filter changes
 * what is shown, not the verdict).
 */
final class StatutOption {
  @Option(names = "--statut", paramLabel = "STATUT", split = ",",
      description = "ne garde que les constats de ce(s) statut(s) : ${COMPLETION-CANDIDATES} (séparés par des "
          + "virgules, ou l'option répétée ; majuscules ou minuscules) ; le résumé compte les constats gardes2, "
          + "--strict juge tous les constats.")
  List<Statut> statuts;

  /** {@code rapport} with only the findings of the statuses asked for; unchanged without the option. */
  Rapport filtrer(Rapport rapport) {
    if (statuts == null || statuts.isEmpty()) return rapport;
    Set<Statut> gardes = EnumSet.copyOf(statuts);
    List<fr.ctg.rapport.Constat> gardes2 = rapport.constats().stream().filter(c -> gardes.contains(c.statut())).toList();
    // the texts cited are those of the findings kept
    return ImmutableRapport.copyOf(rapport).withConstats(gardes2)
        .withTextesCites(fr.ctg.regles.TextesJuridiquesEmbarques.citer(rapport.dateEvaluation(), gardes2, rapport.parametres()));
  }
}
