package fr.ctg.territoire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The communes and EPCI whose population totale crossed a legal threshold between two registry
 * years ("plus de N habitants": a population is above N when it is greater than N). A commune is
 * compared under the same INSEE code in both years, an EPCI under the same SIREN, its population
 * being the sum of its members' (unknown when one member's is). Pure computation on the given
 * registries; thread-safe.
 */
public final class Franchissements {
  private Franchissements() {}

  /** A population threshold and the parameters that set it (several may share one value). */
  public record Seuil(long valeur, Set<String> parametres) {
    public Seuil {
      if (valeur < 0) throw new IllegalArgumentException("seuil négatif : " + valeur);
      parametres = Set.copyOf(new TreeSet<>(parametres));
    }
  }

  /**
   * One crossing: a commune or an EPCI, its populations before and after, the threshold crossed, and,
   * for a commune, the former communes it absorbed between the two registries (a commune nouvelle
   * keeping the code of one of them: its population changed by the merger, not by the census).
   */
  public record Franchissement(String nature, String code, String nom, long avant, long apres, Seuil seuil,
      List<String> absorbees) {
    public Franchissement {
      absorbees = List.copyOf(absorbees);
    }

    /** Whether the population went from at most the threshold to above it. */
    public boolean hausse() {
      return apres > seuil.valeur();
    }
  }

  /** What was compared: the crossings, and how many subjects of {@code apres} could not be compared. */
  public record Resultat(List<Franchissement> franchissements, int communesNonComparees, int epciNonCompares) {
    public Resultat {
      franchissements = List.copyOf(franchissements);
    }
  }

  /**
   * The crossings between {@code avant} and {@code apres} of every threshold of {@code seuils}, for
   * the communes of {@code apres} that {@code selection} retains and the EPCI of {@code apres} that
   * have at least one such member. Sorted by nature (communes first), threshold, then code.
   */
  public static Resultat entre(Territoire avant, Territoire apres, Collection<Seuil> seuils, Predicate<Commune> selection) {
    Objects.requireNonNull(selection, "selection");
    List<Seuil> tries = new ArrayList<>(seuils);
    tries.sort(Comparator.comparingLong(Seuil::valeur));
    List<Franchissement> r = new ArrayList<>();
    int communesNonComparees = 0;
    int anneeAvant = avant.millesime().map(Millesime::annee).orElse(Integer.MIN_VALUE);
    TreeMap<String, List<String>> absorbees = new TreeMap<>();
    for (Succession s : apres.successions()) {
      if (s.depuis().isPresent() && s.depuis().getAsInt() > anneeAvant) {
        absorbees.computeIfAbsent(s.successeur().insee(), k -> new ArrayList<>()).add(s.texte());
      }
    }
    absorbees.values().forEach(l -> l.sort(Comparator.naturalOrder()));
    TreeMap<String, Epci> epcis = new TreeMap<>();
    for (Commune c : apres.communes()) {
      if (!selection.test(c)) continue;
      c.epci().flatMap(apres::epci).ifPresent(e -> epcis.put(e.siren(), e));
      OptionalLong a = totale(c);
      OptionalLong b = avant.commune(c.insee()).map(Franchissements::totale).orElse(OptionalLong.empty());
      if (a.isEmpty() || b.isEmpty()) {
        communesNonComparees++;
        continue;
      }
      comparer(r, "commune", c.insee(), c.nom(), b.getAsLong(), a.getAsLong(), tries,
          absorbees.getOrDefault(c.insee(), List.of()));
    }
    int epciNonCompares = 0;
    for (Epci e : epcis.values()) {
      OptionalLong a = somme(apres.membres(e.siren()));
      OptionalLong b = avant.epci(e.siren()).isPresent() ? somme(avant.membres(e.siren())) : OptionalLong.empty();
      if (a.isEmpty() || b.isEmpty()) {
        epciNonCompares++;
        continue;
      }
      comparer(r, "EPCI", e.siren(), e.nom(), b.getAsLong(), a.getAsLong(), tries, List.of());
    }
    r.sort(Comparator.comparing((Franchissement f) -> !f.nature().equals("commune"))
        .thenComparingLong(f -> f.seuil().valeur()).thenComparing(Franchissement::code));
    return new Resultat(r, communesNonComparees, epciNonCompares);
  }

  private static void comparer(List<Franchissement> r, String nature, String code, String nom, long avant, long apres,
      List<Seuil> seuils, List<String> absorbees) {
    for (Seuil s : seuils) {
      if ((avant > s.valeur()) != (apres > s.valeur())) {
        r.add(new Franchissement(nature, code, nom, avant, apres, s, absorbees));
      }
    }
  }

  private static OptionalLong totale(Commune c) {
    return c.population().map(Population::totale).orElse(OptionalLong.empty());
  }

  private static OptionalLong somme(List<Commune> membres) {
    long s = 0;
    for (Commune m : membres) {
      OptionalLong t = totale(m);
      if (t.isEmpty()) return OptionalLong.empty();
      s += t.getAsLong();
    }
    return membres.isEmpty() ? OptionalLong.empty() : OptionalLong.of(s);
  }
}
