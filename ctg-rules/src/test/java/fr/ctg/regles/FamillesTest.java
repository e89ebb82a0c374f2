package fr.ctg.regles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules load a family alone ({@link RuleBase#famille}) and say how many rules they hold
 * from the index written at build time ({@link IndexFamilles}), without building every family.
 */
class FamillesTest {

  @Test
  void lIndexDuJarEstCeluiDuModele() {
    // instantiates every model class, as a build would: the shipped index says the same
    assertEquals(IndexFamilles.compter(), RuleBase.index());
    assertEquals(Set.of("ao", "bt", "cct", "conv"), familles(RuleBase.index()));
    assertEquals(RuleBase.index().values().stream().mapToInt(Integer::intValue).sum(), RuleBase.bundled().nombre());
  }

  @Test
  void uneFamilleNeChargeQueSesReglesEtSeDitLaBaseEntiere() {
    RuleBase tout = RuleBase.bundled();
    RuleBase ao = tout.famille("ao");
    assertTrue(ao != tout);
    assertSame(ao, tout.famille("ao"), "chargée une fois, partagée");
    assertFalse(ao.regles().isEmpty());
    for (RegleInfo r : ao.regles()) assertTrue(r.id().startsWith("AO-"), r.id());
    // what a report says of the rules: the whole bundled base
    assertEquals(tout.nombre(), ao.nombre());
    assertEquals(tout.empreinte(), ao.empreinte());
    assertEquals(tout.source(), ao.source());
    assertSame(tout.parametres(), ao.parametres());
    assertTrue(ao.modeleExecutable());
    // the whole base holds every family, the AO rules with the same metadata
    Set<String> ids = new TreeSet<>();
    tout.regles().forEach(r -> ids.add(r.id()));
    assertTrue(ids.stream().anyMatch(id -> id.startsWith("CONV-")));
    for (RegleInfo r : ao.regles()) assertEquals(tout.regle(r.id()).orElseThrow(), r);
  }

  @Test
  void uneFamilleInconnueEstLaBaseEntiere() {
    assertSame(RuleBase.bundled(), RuleBase.bundled().famille("inconnue"));
  }

  private static Set<String> familles(Map<String, Integer> index) {
    Set<String> f = new TreeSet<>();
    for (String classe : index.keySet()) {
      String paquet = classe.substring(0, classe.lastIndexOf('.'));
      f.add(paquet.substring(paquet.lastIndexOf('.') + 1));
    }
    return f;
  }
}
