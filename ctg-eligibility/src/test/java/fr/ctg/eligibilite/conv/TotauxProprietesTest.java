package fr.ctg.eligibilite.conv;

import static fr.ctg.eligibilite.conv.ConformiteConventionTest.conforme;
import static fr.ctg.eligibilite.conv.ConformiteConventionTest.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.convention.ImmutablePosteCooperation;
import fr.ctg.convention.ImmutableTotalDeclare;
import fr.ctg.convention.ObjetTotal;
import fr.ctg.convention.PosteCooperation;
import fr.ctg.convention.TypeEmployeur;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * #12 §2 : the cross-check of a total stated by the source (CONV-COHERENCE, 000_6ba50e68de7cb4c5.txt L9425
 * « TOTAL 19,38 27 10.74 27 ») over any table of cooperation posts: a declared total equal to the sum of
 * the posts never yields an AVERTISSEMENT; any difference at the precision printed yields exactly one,
 * which gives the difference.
 */
class TotauxProprietesTest {
  @Property(tries = 40)
  void unTotalEgalALaSommeNEstJamaisUnAvertissement(@ForAll("postes") List<PosteCooperation> postes) {
    BigDecimal etp = postes.stream().map(PosteCooperation::etp).reduce(BigDecimal.ZERO, BigDecimal::add);
    int personnes = postes.stream().mapToInt(PosteCooperation::nombrePersonnes).sum();
    Rapport r = verifier(conforme().withPostesCooperation(postes).withTotauxDeclares(
        total("etp", ObjetTotal.ETP_POSTES_COOPERATION, etp), total("personnes", ObjetTotal.PERSONNES_POSTES_COOPERATION, new BigDecimal(personnes))));
    assertEquals(List.of(Statut.SATISFAIT, Statut.SATISFAIT), statuts(r));
  }

  @Property(tries = 40)
  void toutEcartEstUnAvertissementQuiLeDonne(@ForAll("postes") List<PosteCooperation> postes,
      @ForAll("ecarts") BigDecimal ecart) {
    BigDecimal etp = postes.stream().map(PosteCooperation::etp).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal declare = etp.add(ecart).setScale(2);
    if (declare.signum() < 0) declare = declare.negate().add(etp.multiply(BigDecimal.valueOf(2))).setScale(2);
    Rapport r = verifier(conforme().withPostesCooperation(postes).withTotauxDeclares(total("etp", ObjetTotal.ETP_POSTES_COOPERATION, declare)));
    List<Constat> l = totaux(r);
    assertEquals(1, l.size(), l::toString);
    assertEquals(Statut.AVERTISSEMENT, l.get(0).statut(), l.get(0)::message);
    assertEquals(0, etp.setScale(2).subtract(declare).compareTo((BigDecimal) l.get(0).faits().get("ecart")), l.get(0)::message);
  }

  static ImmutableTotalDeclare total(String id, ObjetTotal objet, BigDecimal valeur) {
    return ImmutableTotalDeclare.builder().id(id).objet(objet).valeur(valeur).build();
  }

  static List<Constat> totaux(Rapport r) {
    return r.constats().stream().filter(k -> k.regle().equals("CONV-COHERENCE") && k.sujet().type().equals("total"))
        .collect(Collectors.toList());
  }

  static List<Statut> statuts(Rapport r) {
    return totaux(r).stream().map(Constat::statut).collect(Collectors.toList());
  }

  @Provide
  Arbitrary<List<PosteCooperation>> postes() {
    Arbitrary<PosteCooperation> poste = Combinators.combine(
        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 100))
        .as((personnes, centiemes) -> ImmutablePosteCooperation.builder().id("p").employeur("62002")
            .typeEmployeur(TypeEmployeur.COMMUNE).nomEmployeur("Petitbourg")
            .etp(BigDecimal.valueOf((long) centiemes * personnes, 2)).nombrePersonnes(personnes).build());
    return poste.list().ofMinSize(0).ofMaxSize(12).map(l -> {
      List<PosteCooperation> numerotes = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) numerotes.add(ImmutablePosteCooperation.copyOf(l.get(i)).withId("cct-" + i));
      return numerotes;
    });
  }

  @Provide
  Arbitrary<BigDecimal> ecarts() {
    return Arbitraries.integers().between(-500, 500).filter(n -> n != 0).map(n -> BigDecimal.valueOf(n, 2));
  }
}
