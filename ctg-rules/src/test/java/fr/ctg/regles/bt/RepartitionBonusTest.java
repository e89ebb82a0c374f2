package fr.ctg.regles.bt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of {@link RepartitionBonus#repartir}. */
class RepartitionBonusTest {

  private static BigDecimal e(String s) {
    return new BigDecimal(s);
  }

  @Test
  void troisPartsEgales_lePlusPetitIdRecoitLeCentimeRestant() {
    // 10 000 cents / 3 = 3 333 r 1 each; 1 cent left; equal remainders -> smallest id "a".
    Repartition r =
        RepartitionBonus.repartir(
            e("100.00"),
            List.of(
                PartPrevue.eligible("c", e("1")),
                PartPrevue.eligible("a", e("1")),
                PartPrevue.eligible("b", e("1"))));
    assertEquals(List.of("a", "b", "c"), r.parts().stream().map(PartAttribuee::id).toList());
    assertEquals(e("33.34"), r.montant("a"));
    assertEquals(e("33.33"), r.montant("b"));
    assertEquals(e("33.33"), r.montant("c"));
    assertEquals(e("100.00"), r.totalReparti());
    assertEquals(e("0.00"), r.nonReparti());
    assertEquals(3, r.nombreEligibles());
  }

  @Test
  void leTriDesIdsEstCeluiDeStringCompareTo() {
    // "B" (66) < "a" (97) in String.compareTo: "B" gets the extra cent, whatever the locale.
    Repartition r =
        RepartitionBonus.repartir(
            e("0.01"), List.of(PartPrevue.eligible("a", e("1")), PartPrevue.eligible("B", e("1"))));
    assertEquals(e("0.01"), r.montant("B"));
    assertEquals(e("0.00"), r.montant("a"));
  }

  @Test
  void plusGrandResteAvantPlusPetitId() {
    // C = 5 cents, W = 3: a = 5*1/3 = 1 r 2, b = 5*2/3 = 3 r 1; 1 cent left -> a (remainder 2).
    Repartition r =
        RepartitionBonus.repartir(
            e("0.05"), List.of(PartPrevue.eligible("b", e("2")), PartPrevue.eligible("a", e("1"))));
    assertEquals(e("0.02"), r.montant("a"));
    assertEquals(e("0.03"), r.montant("b"));
  }

  @Test
  void poidsDecimauxEtStructureIneligible() {
    // Weights 0.5 and 1.25 scaled by 100 -> 50 and 125, W = 175, C = 1 000 cents.
    // x: 50 000 / 175 = 285 r 125; y: 125 000 / 175 = 714 r 50; 999 given, 1 left -> x.
    Repartition r =
        RepartitionBonus.repartir(
            e("10"),
            List.of(
                PartPrevue.eligible("x", e("0.5")),
                PartPrevue.eligible("y", e("1.25")),
                PartPrevue.ineligible("z", e("5"))));
    assertEquals(e("2.86"), r.montant("x"));
    assertEquals(e("7.14"), r.montant("y"));
    assertEquals(e("0.00"), r.montant("z"));
    assertEquals(e("10.00"), r.enveloppe());
    assertEquals(e("10.00"), r.totalReparti());
    assertEquals(0, e("1.75").compareTo(r.poidsEligibleTotal()));
    assertEquals(2, r.nombreEligibles());
  }

  @Test
  void eligibleDePoidsNulRecoitZero() {
    Repartition r =
        RepartitionBonus.repartir(
            e("1000.00"),
            List.of(PartPrevue.eligible("a", e("0")), PartPrevue.eligible("b", e("30"))));
    assertEquals(e("0.00"), r.montant("a"));
    assertEquals(e("1000.00"), r.montant("b"));
  }

  @Test
  void aucunPoidsEligible_rienNestReparti() {
    Repartition r =
        RepartitionBonus.repartir(
            e("3348460.64"),
            List.of(PartPrevue.eligible("a", e("0.000")), PartPrevue.ineligible("b", e("30"))));
    assertEquals(e("0.00"), r.montant("a"));
    assertEquals(e("0.00"), r.montant("b"));
    assertEquals(e("0.00"), r.totalReparti());
    assertEquals(e("3348460.64"), r.nonReparti());
    assertEquals(1, r.nombreEligibles());
  }

  @Test
  void sansStructure_toutLEnveloppeResteNonRepartie() {
    Repartition r = RepartitionBonus.repartir(e("12.30"), List.of());
    assertTrue(r.parts().isEmpty());
    assertEquals(e("12.30"), r.nonReparti());
    assertEquals(e("0.00"), r.totalReparti());
    assertEquals(0, r.nombreEligibles());
  }

  @Test
  void enveloppeNulle() {
    Repartition r = RepartitionBonus.repartir(e("0"), List.of(PartPrevue.eligible("a", e("3"))));
    assertEquals(e("0.00"), r.montant("a"));
    assertEquals(e("0.00"), r.nonReparti());
  }

  @Test
  void zerosFinauxAcceptes() {
    Repartition r =
        RepartitionBonus.repartir(e("10.500"), List.of(PartPrevue.eligible("a", e("1"))));
    assertEquals(e("10.50"), r.enveloppe());
    assertEquals(e("10.50"), r.montant("a"));
  }

  @Test
  void poidsEgauxDEcrituresDifferentesDonnentLeMemeResultat() {
    List<PartPrevue> a =
        List.of(PartPrevue.eligible("a", e("30")), PartPrevue.eligible("b", e("12")));
    List<PartPrevue> b =
        List.of(PartPrevue.eligible("a", e("30.00")), PartPrevue.eligible("b", e("1.2E+1")));
    assertEquals(
        RepartitionBonus.repartir(e("99.99"), a).parts().stream().map(PartAttribuee::montant).toList(),
        RepartitionBonus.repartir(e("99.99"), b).parts().stream().map(PartAttribuee::montant).toList());
  }

  @Test
  void erreurs() {
    List<PartPrevue> une = List.of(PartPrevue.eligible("a", e("1")));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> RepartitionBonus.repartir(e("-0.01"), une));
    assertEquals("Enveloppe négative : -0.01 €.", negative.getMessage());
    IllegalArgumentException millimes =
        assertThrows(IllegalArgumentException.class, () -> RepartitionBonus.repartir(e("1.001"), une));
    assertEquals(
        "Enveloppe au-delà du centime : 1.001 € (2 décimales au plus).", millimes.getMessage());
    IllegalArgumentException doublon =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RepartitionBonus.repartir(
                    e("1"),
                    List.of(PartPrevue.eligible("a", e("1")), PartPrevue.ineligible("a", e("2")))));
    assertEquals("Identifiant de structure en double : a.", doublon.getMessage());
    IllegalArgumentException poids =
        assertThrows(IllegalArgumentException.class, () -> PartPrevue.eligible("a", e("-1")));
    assertEquals("Poids négatif pour la structure a : -1.", poids.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartPrevue.eligible(" ", e("1")));
    assertThrows(NullPointerException.class, () -> RepartitionBonus.repartir(null, une));
    assertThrows(IllegalArgumentException.class, () -> RepartitionBonus.repartir(e("1"), une).montant("b"));
  }
}
