package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.regles.Budget;
import fr.ctg.regles.Constats;
import fr.ctg.regles.Limites;
import fr.ctg.regles.RuleBase;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Territoire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluateur#obligations} evaluates the AO family of the bundled rules loaded alone
 * ({@link RuleBase#famille}): on the whole national registry, with the findings of the obligations
 * that do not apply, it concludes exactly as the whole base (every family), which the embedders'
 * {@code Evaluateur.builder().build()} still loads for the other evaluations — and with its holders
 * built by two threads, as by one.
 */
class FamilleAONationaleTest {

  @Test
  void laFranceEntiereConclutCommeAvecToutesLesFamilles() {
    LocalDate date = LocalDate.of(2026, 1, 1);
    Territoire t = Registre.national().enVigueurAu(date);
    Map<String, Commune> communes = new TreeMap<>();
    for (Commune c : t.communes()) communes.put(c.insee(), c);
    Map<String, Epci> epcis = new TreeMap<>();
    for (Epci e : t.epcis()) epcis.put(e.siren(), e);
    RuleBase tout = RuleBase.bundled();
    FaitsAO faits = FaitsAO.assembler(new ArrayList<>(communes.values()), communes, epcis,
        (insee, jour) -> t.commune(insee).flatMap(Commune::population).filter(p -> p.couvre(jour)),
        tout.parametres(), tout.textes(), date, EntreesAO.aucune(), true);
    // the same facts, the holders built by two threads (as the command does)
    FaitsAO enParallele = FaitsAO.assembler(new ArrayList<>(communes.values()), communes, epcis,
        (insee, jour) -> t.commune(insee).flatMap(Commune::population).filter(p -> p.couvre(jour)),
        tout.parametres(), tout.textes(), date, EntreesAO.aucune(), true, 2);
    assertEquals(faits.titulaires().stream().map(h -> h.explicationTitulaire() + h.explicationPopulation()).toList(),
        enParallele.titulaires().stream().map(h -> h.explicationTitulaire() + h.explicationPopulation()).toList());

    Constats.Conclusions avecTout = Evaluateur.evaluerParLots(tout, faits.lots(Evaluateur.TITULAIRES_PAR_LOT), 2,
        Budget.demarrer(Limites.parDefaut()));
    Constats.Conclusions famille = Evaluateur.evaluerParLots(tout.famille(Evaluateur.FAMILLE_AO),
        enParallele.lots(Evaluateur.TITULAIRES_PAR_LOT), 2, Budget.demarrer(Limites.parDefaut()));

    assertTrue(avecTout.constats().size() > 2 * communes.size(), "constats : " + avecTout.constats().size());
    assertEquals(avecTout.constats().size(), famille.constats().size());
    assertEquals(avecTout, famille);
  }
}
