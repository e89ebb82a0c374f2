package fr.ctg.eligibilite;

import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.regles.Evaluation;
import fr.ctg.regles.ParametreEnVigueur;
import fr.ctg.regles.PorteeTerritoriale;
import fr.ctg.textes.RecueilTextes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts every rule family reads, inserted once per session whatever families run together: the
 * {@link Evaluation} (date, "why not" requested), the value in force of every parameter and the
 * territorial scope in force of every text ({@link PorteeTerritoriale}). Family
 * assemblers ({@code FaitsAO}, ...) add only facts of their own family on top.
 */
final class FaitsCommuns {
  private FaitsCommuns() {}

  static List<Object> de(Parametres parametres, RecueilTextes textes, LocalDate date, boolean inclureNonApplicables) {
    List<Object> faits = new ArrayList<>();
    faits.add(new Evaluation(date, inclureNonApplicables));
    for (Parametre p : parametres.tous()) {
      ParametreEnVigueur.de(p, date).ifPresent(faits::add);
    }
    faits.addAll(PorteeTerritoriale.enVigueur(textes, date));
    return faits;
  }
}
