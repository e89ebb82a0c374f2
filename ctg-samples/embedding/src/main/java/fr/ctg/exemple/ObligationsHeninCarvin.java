package fr.ctg.exemple;

import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An application embedding ctg: the AO obligations (CASF L.214-1-3) of the communes of the CA
 * d'Hénin-Carvin (SIREN 246200299) on 1 January 2026, counted by statut.
 */
public final class ObligationsHeninCarvin {
  static Rapport obligations(SelectionTerritoire selection, LocalDate date) {
    // one engine per JVM (bundled rules, national registry, bundled parameters): thread-safe, shared
    return Evaluateur.national().obligations(selection, date, EntreesAO.aucune());
  }

  public static void main(String[] args) {
    Rapport rapport = obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1));
    Map<Statut, Long> parStatut = rapport.constats().stream()
        .collect(Collectors.groupingBy(Constat::statut, TreeMap::new, Collectors.counting()));
    parStatut.forEach((statut, n) -> System.out.println(statut + " : " + n));
  }
}
