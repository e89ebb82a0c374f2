package fr.ctg.eligibilite;

import fr.ctg.territoire.CodeCommuneInconnuException;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.CommuneDesignee;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.Territoire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which communes an evaluation is about: all of France, a département, an EPCI or a list of
 * communes. Immutable.
 *
 * <p>Immutable and thread-safe. Codes are strings: INSEE code of a commune (5 characters), SIREN of an EPCI (9 digits), département code ({@code 62}, {@code 2A}); factories reject {@code null} and a selection naming an unknown code fails at evaluation with a {@link SelectionInvalideException}.
 */
public final class SelectionTerritoire {
  private enum Nature { FRANCE, DEPARTEMENT, EPCI, COMMUNES }

  private final Nature nature;
  private final Set<String> codes;

  private SelectionTerritoire(Nature nature, Collection<String> codes) {
    this.nature = nature;
    this.codes = new TreeSet<>(codes);
  }

  public static SelectionTerritoire france() {
    return new SelectionTerritoire(Nature.FRANCE, List.of());
  }

  /** The communes of département {@code code} (e.g. {@code 62}, {@code 2A}, {@code 971}). */
  public static SelectionTerritoire departement(String code) {
    return new SelectionTerritoire(Nature.DEPARTEMENT, List.of(Objects.requireNonNull(code)));
  }

  /** The member communes of the EPCI {@code siren}. */
  public static SelectionTerritoire epci(String siren) {
    return new SelectionTerritoire(Nature.EPCI, List.of(Objects.requireNonNull(siren)));
  }

  /** The communes of these INSEE codes. */
  public static SelectionTerritoire communes(Collection<String> insee) {
    if (insee.isEmpty()) {
      throw new IllegalArgumentException("une sélection de communes en contient au moins une");
    }
    return new SelectionTerritoire(Nature.COMMUNES, insee);
  }

  /**
   * The selected communes among {@code communes} (by INSEE code), in INSEE order.
   *
   * @param registre the dated registry these communes come from, or null for a territory given by
   *     the caller: with it, a former commune code designates its successor and the succession is
   *     added to {@code remarques}; a code that becomes a commune only later is refused with the
   *     year it appears
   * @throws SelectionInvalideException when the selection names something the territory does not know
   */
  List<Commune> resoudre(Map<String, Commune> communes, Map<String, Epci> epcis, Territoire registre,
      List<String> remarques) {
    String auRegistre = registre == null || registre.millesime().isEmpty() ? ""
        : " au registre " + registre.millesime().get().annee();
    List<Commune> retenues = new ArrayList<>();
    switch (nature) {
      case FRANCE:
        retenues.addAll(communes.values());
        break;
      case DEPARTEMENT:
        for (Commune c : communes.values()) {
          if (codes.contains(c.departement())) retenues.add(c);
        }
        if (retenues.isEmpty()) {
          throw new SelectionInvalideException("département inconnu" + auRegistre + " : " + codes.iterator().next());
        }
        break;
      case EPCI:
        String siren = codes.iterator().next();
        Epci epci = epcis.get(siren);
        if (epci == null) {
          throw new SelectionInvalideException("EPCI inconnu" + auRegistre + " (SIREN) : " + siren);
        }
        for (String insee : new TreeSet<>(epci.membres())) {
          Commune c = communes.get(insee);
          if (c == null) {
            throw new SelectionInvalideException("la commune membre " + insee + " de l'EPCI " + siren + " est inconnue");
          }
          retenues.add(c);
        }
        break;
      case COMMUNES:
        List<String> inconnues = new ArrayList<>();
        List<String> refus = new ArrayList<>();
        Set<String> vues = new TreeSet<>();
        for (String insee : codes) {
          Commune c = communes.get(insee);
          if (c == null && registre != null) {
            try {
              CommuneDesignee d = registre.designer(insee);
              c = d.commune();
              d.succession().ifPresent(s -> remarques.add(s.texte()));
            } catch (CodeCommuneInconnuException e) {
              refus.add(e.getMessage());
              continue;
            }
          }
          if (c == null) inconnues.add(insee); else if (vues.add(c.insee())) retenues.add(c);
        }
        if (!inconnues.isEmpty()) {
          refus.add(0, "commune(s) inconnue(s) (code INSEE) : " + String.join(", ", inconnues));
        }
        if (!refus.isEmpty()) throw new SelectionInvalideException(String.join(" ; ", refus));
        break;
      default:
        throw new AssertionError(nature);
    }
    retenues.sort(java.util.Comparator.comparing(Commune::insee));
    return retenues;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SelectionTerritoire && ((SelectionTerritoire) o).nature == nature
        && ((SelectionTerritoire) o).codes.equals(codes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nature, codes);
  }

  @Override
  public String toString() {
    return nature == Nature.FRANCE ? "france" : nature.name().toLowerCase() + " " + String.join(", ", codes);
  }
}
