package fr.ctg.eligibilite.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RuleBase;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Territoire;
import fr.ctg.textes.ChampTerritorial;
import fr.ctg.textes.Texte;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The territorial scope of the CASF AO provisions (texte casf-ao, textes/ao.yaml) over every commune
 * of the national registry: Constitution art. 73/74/77, loi n° 55-1052, lois organiques 2004-192 and
 * 99-209 — where the CASF does not apply (TAAF, Clipperton, Wallis-et-Futuna, Polynésie française,
 * Nouvelle-Calédonie) a commune gets one NON_APPLICABLE finding with its reason and basis and no AO
 * obligation; everywhere else it gets its obligations; where applying is a reading (Mayotte,
 * Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin) the report says it is one.
 */
class ChampTerritorialTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  private static final Set<String> HORS_CHAMP = Set.of("984", "986", "987", "988", "989");
  private static final Set<String> LECTURE = Set.of("975", "976", "977", "978");

  @Test
  void chaqueCodeDuRegistreAUneEntreeDuChampTerritorialDuCasf() {
    Texte casf = RuleBase.bundled().textes().texte("casf-ao").orElseThrow();
    Set<String> codes = new TreeSet<>();
    for (Commune c : Territoire.national().communes()) codes.add(c.departement());
    for (String code : codes) {
      ChampTerritorial champ = casf.champ(code, DATE).orElse(null);
      assertTrue(champ != null, "aucune entrée du champ territorial de casf-ao pour " + code);
      assertEquals(!HORS_CHAMP.contains(code), champ.applicable(), code);
      assertEquals(LECTURE.contains(code), champ.lecture(), code);
      assertFalse(champ.fondement().isBlank(), code);
    }
  }

  @Test
  void toutesLesCommunesDuRegistreRecoiventLeursObligationsOuUnNonApplicableMotive() {
    Rapport r = Evaluateur.national().obligations(SelectionTerritoire.france(), DATE, EntreesAO.aucune());
    Map<String, List<Constat>> parCommune = new HashMap<>();
    for (Constat c : r.constats()) {
      if (c.sujet().type().equals("commune")) parCommune.computeIfAbsent(c.sujet().id(), k -> new ArrayList<>()).add(c);
    }
    int horsChamp = 0;
    for (Commune commune : Territoire.national().communes()) {
      List<Constat> constats = parCommune.getOrDefault(commune.insee(), List.of());
      String code = commune.departement();
      if (HORS_CHAMP.contains(code)) {
        horsChamp++;
        assertEquals(1, constats.size(), commune.insee() + " : " + constats);
        Constat c = constats.get(0);
        assertEquals("AO-CHAMP-TERRITORIAL", c.regle());
        assertEquals(Statut.NON_APPLICABLE, c.statut());
        assertEquals(code, c.faits().get("collectivite"));
        assertTrue(c.message().contains("ne s'applique pas"), c.message());
        assertEquals(2, c.fondement().size(), "fondement de la règle et texte qui règle le champ : " + c.fondement());
      } else {
        assertTrue(constats.stream().anyMatch(c -> c.regle().equals("AO-RECENSEMENT")), commune.insee() + " : " + constats);
        assertTrue(constats.stream().noneMatch(c -> c.regle().equals("AO-CHAMP-TERRITORIAL") && c.statut() != Statut.INFO),
            commune.insee() + " : " + constats);
        boolean lecture = constats.stream().anyMatch(c -> c.regle().equals("AO-CHAMP-TERRITORIAL")
            && c.statut() == Statut.INFO && c.message().contains("selon une lecture"));
        assertEquals(LECTURE.contains(code), lecture, commune.insee() + " : " + constats);
      }
    }
    assertEquals(90, horsChamp, "5 districts des TAAF, 3 de Wallis-et-Futuna, 48 communes de Polynésie, 33 de Nouvelle-Calédonie, Clipperton");
  }
}
