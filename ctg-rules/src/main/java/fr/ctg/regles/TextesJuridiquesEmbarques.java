package fr.ctg.regles;

import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.TexteCite;
import fr.ctg.textes.TextesJuridiques;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled table of the legal texts the rules cite ({@code fr/ctg/textes/legifrance.yaml}, schema
 * {@code ctg-legifrance/1}): the Légifrance identifiers and the versions of each cited article, the laws
 * and decrees with their publication date. {@link #citer} gives a report the version of each text its
 * findings cite at the evaluation date.
 */
public final class TextesJuridiquesEmbarques {
  /** Classpath resource of the table. */
  public static final String RESSOURCE = "fr/ctg/textes/legifrance.yaml";
  private static final TextesJuridiques EMBARQUES = lire();

  private TextesJuridiquesEmbarques() {}

  /** The bundled table. */
  public static TextesJuridiques embarques() {
    return EMBARQUES;
  }

  /**
   * The texts a report cites — each finding's fondements and the references of the parameters read —
   * with their version at {@code date}, the rules whose findings cite them and the parameters whose
   * reference does.
   */
  public static List<TexteCite> citer(LocalDate date, Collection<Constat> constats, Collection<ParametreLu> parametres) {
    Map<String, List<String>> parRegle = new TreeMap<>();
    List<String> derniers = null;
    String derniere = null;
    for (Constat c : constats) {
      if (!c.regle().equals(derniere)) {
        derniere = c.regle();
        derniers = parRegle.computeIfAbsent(derniere, k -> new ArrayList<>());
      }
      for (Fondement f : c.fondement()) if (!derniers.contains(f.texte())) derniers.add(f.texte());
    }
    Map<String, String> parParametre = new TreeMap<>();
    for (ParametreLu p : parametres) parParametre.put(p.nom(), p.reference());
    return EMBARQUES.citer(date, parRegle, parParametre);
  }

  private static TextesJuridiques lire() {
    try {
      return DocumentReader.readLegifranceEmbarquee(RESSOURCE, Ressources.lire(RESSOURCE));
    } catch (InvalidDocumentException e) {
      throw new IllegalStateException("table des textes juridiques invalide : " + e.getMessage(), e);
    }
  }
}
