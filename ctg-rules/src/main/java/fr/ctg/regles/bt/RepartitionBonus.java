package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Exact distribution of a bonus territoire envelope (rule BT-REPARTITION).
 *
 * <p>Fondement: seed {@code 003_d0c80c4aeed589fb.txt L5910-5914} — the CAF keeps the amount of
 * bonified financing of N-1 and distributes it "directement entre les structures du territoire
 * soutenues par les collectivités locales compétentes". The sources fix no distribution key; the
 * project distributes in proportion to a declared weight (RULES.md, BT-REPARTITION).
 *
 * <p>Stateless and thread-safe; everything is computed in integers (cents and scaled weights,
 * {@link BigInteger}), never in floating point.
 */
public final class RepartitionBonus {

  private RepartitionBonus() {}

  /**
   * Distributes {@code enveloppe} (euros, at most 2 decimals) among the eligible structures of
   * {@code parts} in proportion to their weights, in cents, by the largest-remainder method.
   *
   * <p>Method. Let {@code C} be the envelope in cents, {@code w_i} the weight of eligible structure
   * {@code i} (all weights scaled exactly to integers by the same power of ten) and {@code W} their
   * sum. Each eligible structure first receives {@code floor(C * w_i / W)} cents; the {@code L}
   * cents left over ({@code 0 <= L <} number of eligible structures) go one each to the {@code L}
   * structures with the largest remainders {@code (C * w_i) mod W}. <b>Tie-break:</b> among equal
   * remainders, the structure whose id is smaller by {@link String#compareTo} (UTF-16 code unit
   * order, independent of the locale) gets its extra cent first. A structure with a zero remainder
   * never gets an extra cent.
   *
   * <p>Guarantees: every amount has scale 2 and is {@code >= 0}; an ineligible structure gets
   * {@code 0.00}; an eligible structure of weight 0 gets {@code 0.00}; each amount differs from the
   * exact proportional share {@code enveloppe * w_i / W} by less than one cent; the result does not
   * depend on the order of {@code parts} (lines are sorted by id); increasing the weight of one
   * eligible structure, all else equal, never lowers its amount; when {@code W > 0} the amounts sum
   * exactly to the envelope.
   *
   * <p><b>Nothing to distribute to.</b> When no structure is eligible, or every eligible structure
   * has weight 0, nothing is distributed: every amount is {@code 0.00} and the whole envelope is
   * reported in {@link Repartition#nonReparti()} (no equal split is invented). In every case
   * {@code totalReparti + nonReparti == enveloppe}.
   *
   * @param enveloppe the envelope in euros, {@code >= 0}, at most 2 significant decimals
   *     ({@code 10.500} is accepted as {@code 10.50}); validated upstream for user input
   * @param parts the structures, with unique ids; may be empty
   * @return the distribution, lines sorted by id
   * @throws IllegalArgumentException (French message) if the envelope is negative or has more than
   *     2 decimals, or if two structures share an id
   * @throws NullPointerException if an argument or an element is null
   */
  public static Repartition repartir(BigDecimal enveloppe, List<PartPrevue> parts) {
    Objects.requireNonNull(enveloppe, "enveloppe");
    Objects.requireNonNull(parts, "parts");
    if (enveloppe.signum() < 0) {
      throw new IllegalArgumentException(
          "Enveloppe négative : " + enveloppe.toPlainString() + " €.");
    }
    if (enveloppe.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "Enveloppe au-delà du centime : " + enveloppe.toPlainString() + " € (2 décimales au plus).");
    }
    BigDecimal env = enveloppe.setScale(2);
    BigInteger centimes = env.unscaledValue();

    List<PartPrevue> triees = new ArrayList<>(parts.size());
    Set<String> ids = new HashSet<>();
    for (PartPrevue p : parts) {
      Objects.requireNonNull(p, "part");
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("Identifiant de structure en double : " + p.id() + ".");
      }
      triees.add(p);
    }
    triees.sort(Comparator.comparing(PartPrevue::id));

    // One common scale makes every eligible weight an exact integer.
    int echelle = 0;
    BigDecimal poidsTotal = BigDecimal.ZERO;
    int nombreEligibles = 0;
    for (PartPrevue p : triees) {
      if (p.eligible()) {
        nombreEligibles++;
        poidsTotal = poidsTotal.add(p.poids());
        echelle = Math.max(echelle, p.poids().stripTrailingZeros().scale());
      }
    }
    int n = triees.size();
    BigInteger[] poids = new BigInteger[n];
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      PartPrevue p = triees.get(i);
      poids[i] = p.eligible() ? p.poids().setScale(echelle).unscaledValue() : BigInteger.ZERO;
      total = total.add(poids[i]);
    }

    BigInteger[] montants = new BigInteger[n];
    BigInteger nonReparti;
    if (total.signum() == 0) {
      for (int i = 0; i < n; i++) {
        montants[i] = BigInteger.ZERO;
      }
      nonReparti = centimes;
    } else {
      BigInteger[] restes = new BigInteger[n];
      BigInteger distribue = BigInteger.ZERO;
      List<Integer> candidats = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BigInteger[] qr = centimes.multiply(poids[i]).divideAndRemainder(total);
        montants[i] = qr[0];
        restes[i] = qr[1];
        distribue = distribue.add(qr[0]);
        if (qr[1].signum() > 0) {
          candidats.add(i);
        }
      }
      // Largest remainder first; equal remainders: smaller id first (triees is sorted by id and
      // the sort is stable, so the index order is the id order).
      candidats.sort((a, b) -> restes[b].compareTo(restes[a]));
      int reste = centimes.subtract(distribue).intValueExact();
      for (int k = 0; k < reste; k++) {
        int i = candidats.get(k);
        montants[i] = montants[i].add(BigInteger.ONE);
      }
      nonReparti = BigInteger.ZERO;
    }

    List<PartAttribuee> lignes = new ArrayList<>(n);
    BigInteger somme = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      PartPrevue p = triees.get(i);
      lignes.add(
          PartAttribuee.of(p.id(), p.poids(), p.eligible(), new BigDecimal(montants[i], 2)));
      somme = somme.add(montants[i]);
    }
    return ImmutableRepartition.builder()
        .enveloppe(env)
        .parts(lignes)
        .totalReparti(new BigDecimal(somme, 2))
        .nonReparti(new BigDecimal(nonReparti, 2))
        .poidsEligibleTotal(poidsTotal)
        .nombreEligibles(nombreEligibles)
        .build();
  }
}
