package fr.ctg.regles.bt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Realistic case: the Bonus Territoire amounts of the CABBALR 2021-2024 (seed
 * {@code 000_6ba50e68de7cb4c5.txt L4003-4029}, amounts on L4025: 3 023 717,98 / 3 179 097,34 /
 * 3 210 876,46 / 3 348 460,64 €) used as N-1 envelopes, distributed over EAJE of ANNEXE 3 (ids of
 * {@code ctg-samples/.../conventions/cabbalr-2026-2030.ctg.yaml}, seed lines L3719-3788).
 *
 * <p>ANNEXE 3 gives no PSU places (nor any other weight), so the first fixture uses one declared unit
 * per structure; the second uses declared weights that are HYPOTHETICAL (not in the seeds) to
 * exercise unequal shares on real envelopes. The micro-crèche of Beuvry is marked ineligible only
 * to exercise the zero rule: this is not a finding about the real structure.
 */
class RepartitionBonusCabbalrTest {

  private static final String INELIGIBLE = "eaje-beuvry-mc-les-petits-loups"; // L3719-3721
  private static final String FARANDOLE = "eaje-bruay-la-buissiere-mac-farandole"; // L3734-3736
  private static final String CALINS = "eaje-bruay-la-buissiere-mac-les-petits-calins"; // L3727-3729
  private static final String PIROUETTE = "eaje-bruay-la-buissiere-mac-pirouette"; // L3731-3733
  private static final String LAPUGNOY = "eaje-lapugnoy-mac-les-petites-etoiles"; // L3786-3788
  private static final String LILLERS = "eaje-lillers-mac-les-petits-poucets"; // L3762-3764
  private static final String VERQUIGNEUL = "eaje-verquigneul-mac-les-coccinelles"; // L3782-3784

  private static Repartition repartir(String enveloppe, Map<String, String> poids) {
    List<PartPrevue> parts = new ArrayList<>();
    poids.forEach((id, p) -> parts.add(PartPrevue.eligible(id, new BigDecimal(p))));
    parts.add(PartPrevue.ineligible(INELIGIBLE, new BigDecimal("10")));
    return RepartitionBonus.repartir(new BigDecimal(enveloppe), parts);
  }

  private static void verifier(Repartition r, String enveloppe, String... attendus) {
    List<String> ordre = List.of(FARANDOLE, CALINS, PIROUETTE, LAPUGNOY, LILLERS, VERQUIGNEUL);
    for (int i = 0; i < ordre.size(); i++) {
      assertEquals(new BigDecimal(attendus[i]), r.montant(ordre.get(i)), ordre.get(i));
    }
    assertEquals(new BigDecimal("0.00"), r.montant(INELIGIBLE));
    BigDecimal somme =
        r.parts().stream().map(PartAttribuee::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(new BigDecimal(enveloppe), somme, "la somme égale l'enveloppe au centime");
    assertEquals(new BigDecimal(enveloppe), r.totalReparti());
    assertEquals(new BigDecimal("0.00"), r.nonReparti());
  }

  /**
   * One unit per structure. Hand check, 2021: 302 371 798 cents / 6 = 50 395 299 r 4 (6 × 50 395 299
   * = 302 371 794); the 4 cents left go, remainders being equal, to the 4 smallest ids (FARANDOLE,
   * CALINS, PIROUETTE, LAPUGNOY): 4 × 503 953,00 + 2 × 503 952,99 = 3 023 717,98.
   */
  @ParameterizedTest(name = "BT {0} sur 6 EAJE à poids égaux")
  @CsvSource({
    "2021, 3023717.98, 503953.00, 503953.00, 503953.00, 503953.00, 503952.99, 503952.99",
    "2022, 3179097.34, 529849.56, 529849.56, 529849.56, 529849.56, 529849.55, 529849.55",
    "2023, 3210876.46, 535146.08, 535146.08, 535146.08, 535146.08, 535146.07, 535146.07",
    "2024, 3348460.64, 558076.78, 558076.78, 558076.77, 558076.77, 558076.77, 558076.77",
  })
  void poidsEgaux(
      int annee, String enveloppe, String a, String b, String c, String d, String e, String f) {
    Map<String, String> unites =
        Map.of(FARANDOLE, "1", CALINS, "1", PIROUETTE, "1", LAPUGNOY, "1", LILLERS, "1", VERQUIGNEUL, "1");
    verifier(repartir(enveloppe, unites), enveloppe, a, b, c, d, e, f);
  }

  /**
   * Hypothetical weights 30, 24, 20, 12, 10, 10 (W = 106). Hand check, 2021: FARANDOLE
   * 302 371 798 × 30 = 9 071 153 940 = 106 × 85 576 923 + 102; the other remainders are CALINS 18,
   * PIROUETTE 68, LAPUGNOY 62, LILLERS 34, VERQUIGNEUL 34; the floors sum to 302 371 795, so the 3
   * cents left go to the remainders 102, 68, 62: FARANDOLE 855 769,24, PIROUETTE, LAPUGNOY.
   */
  @ParameterizedTest(name = "BT {0} sur 6 EAJE à poids hypothétiques")
  @CsvSource({
    "2021, 3023717.98, 855769.24, 684615.39, 570512.83, 342307.70, 285256.41, 285256.41",
    "2022, 3179097.34, 899744.53, 719795.63, 599829.69, 359897.81, 299914.84, 299914.84",
    "2023, 3210876.46, 908738.62, 726990.90, 605825.75, 363495.45, 302912.87, 302912.87",
    "2024, 3348460.64, 947677.54, 758142.03, 631785.03, 379071.02, 315892.51, 315892.51",
  })
  void poidsHypothetiques(
      int annee, String enveloppe, String a, String b, String c, String d, String e, String f) {
    Map<String, String> poids =
        Map.of(FARANDOLE, "30", CALINS, "24", PIROUETTE, "20", LAPUGNOY, "12", LILLERS, "10", VERQUIGNEUL, "10");
    verifier(repartir(enveloppe, poids), enveloppe, a, b, c, d, e, f);
  }
}
