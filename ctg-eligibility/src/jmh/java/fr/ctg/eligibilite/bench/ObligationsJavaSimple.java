package fr.ctg.eligibilite.bench;

import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.ImmutableConstat;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.PorteeTerritoriale;
import fr.ctg.regles.Textes;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Population;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The lower bound of the benchmark: the same AO thresholds and dates, the same kind of findings
 * (message, facts, explanation) for every commune without transfers, written as plain Java loops —
 * no rule engine. Not used by the library.
 */
final class ObligationsJavaSimple {
  private static final String[][] OBLIGATIONS = {
      // id, seuil, date d'effet, fondement, début de message
      {"AO-RECENSEMENT", null, "ao.date_effet", "CASF art. L.214-1-3 I 1° et II al. 1", "doit recenser les besoins"},
      {"AO-INFORMATION", null, "ao.date_effet", "CASF art. L.214-1-3 I 2° et II al. 1", "doit informer et accompagner les familles"},
      {"AO-PLANIFICATION", "ao.seuil_planification", "ao.date_effet", "CASF art. L.214-1-3 I 3° et II al. 2", "doit planifier le développement des modes d'accueil"},
      {"AO-QUALITE", "ao.seuil_planification", "ao.date_effet", "CASF art. L.214-1-3 I 4° et II al. 2", "doit soutenir la qualité des modes d'accueil"},
      {"AO-SCHEMA", "ao.seuil_schema", "ao.date_effet", "CASF art. L.214-1-3 II al. 3 et L.214-2 ; décret 2025-253", "doit établir un schéma pluriannuel"},
      {"AO-RPE", "ao.seuil_rpe", "ao.date_effet_rpe", "CASF art. L.214-1-3 II al. 4 et L.214-2-1", "doit disposer d'un relais petite enfance"},
  };

  private ObligationsJavaSimple() {}

  /**
   * @param champ the territorial scope of the CASF AO provisions in force on {@code date}, by
   *     département or collectivity code (AO-CHAMP-TERRITORIAL): a commune where it does not apply
   *     gets a NON_APPLICABLE finding and no obligation; one where it applies by ctg's reading gets
   *     an INFO finding first; one whose collectivity the scope does not name gets an A_VERIFIER
   *     finding and no obligation
   */
  static List<Constat> evaluer(List<Commune> communes, BiFunction<String, LocalDate, Optional<Population>> source,
      Parametres parametres, LocalDate date, Map<String, PorteeTerritoriale> champ) {
    List<Constat> constats = new ArrayList<>(communes.size() * 3);
    for (Commune c : communes) {
      Sujet sujet = Sujet.of("commune", c.insee(), c.nom());
      PorteeTerritoriale portee = champ.get(c.departement());
      if (!champ.isEmpty() && (portee == null || !portee.applicable() || portee.lecture())) {
        fr.ctg.rapport.Statut statut = portee == null ? fr.ctg.rapport.Statut.A_VERIFIER
            : !portee.applicable() ? fr.ctg.rapport.Statut.NON_APPLICABLE : fr.ctg.rapport.Statut.INFO;
        constats.add(ImmutableConstat.builder().regle("AO-CHAMP-TERRITORIAL").sujet(sujet).statut(statut)
            .message(c.nom() + " (" + c.insee() + ") : " + (portee == null ? "champ territorial non renseigné" : portee.motif()))
            .addFondement(Fondement.of("CASF art. L.214-1-3 I", Optional.empty())).build());
        if (statut != fr.ctg.rapport.Statut.INFO) continue;
      }
      Optional<Population> p = source.apply(c.insee(), date);
      OptionalLong totale = p.isPresent() ? p.get().totale() : OptionalLong.empty();
      for (String[] o : OBLIGATIONS) {
        Optional<ValeurParametre> effet = parametres.enVigueur(o[2], date);
        if (effet.isEmpty() || date.isBefore(effet.get().date().get())) continue;
        BigDecimal seuil = null;
        if (o[1] != null) {
          Optional<ValeurParametre> s = parametres.enVigueur(o[1], date);
          if (s.isEmpty()) continue;
          seuil = s.get().nombre().get();
          if (totale.isPresent() && totale.getAsLong() <= seuil.longValueExact()) continue;
        }
        Map<String, Object> faits = new TreeMap<>();
        List<String> explication = new ArrayList<>(5);
        explication.add("Titulaire : commune " + c.nom() + " (" + c.insee() + ").");
        String message;
        if (totale.isPresent()) {
          faits.put("populationTotale", totale.getAsLong());
          explication.add("Population totale : " + Textes.nombre(totale.getAsLong()) + " (" + p.get().source() + ").");
          message = c.nom() + " (" + c.insee() + ", population totale " + Textes.nombre(totale.getAsLong())
              + (seuil != null ? " > " + Textes.nombre(seuil) : "") + ") " + o[4] + " ; aucune preuve n'est fournie.";
        } else {
          faits.put("populationTotale", "inconnue");
          explication.add("Population totale inconnue.");
          message = c.nom() + " (" + c.insee() + ") " + o[4] + " si sa population dépasse le seuil ; elle est inconnue.";
        }
        if (seuil != null) {
          faits.put("seuil", seuil);
          explication.add("Paramètre " + o[1] + " = " + seuil.toPlainString() + ".");
        }
        explication.add("Paramètre " + o[2] + " = " + effet.get().enTexte() + ", en vigueur depuis le " + effet.get().depuis() + ".");
        explication.add("Conclusion : A_VERIFIER.");
        constats.add(ImmutableConstat.builder().regle(o[0]).sujet(sujet).statut(fr.ctg.rapport.Statut.A_VERIFIER)
            .message(message).addFondement(Fondement.of(o[3], Optional.empty())).faits(faits)
            .explication(explication).build());
      }
    }
    constats.sort(Constat.ORDRE);
    return constats;
  }
}
