package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.List;
import java.util.Objects;

/**
 * Fact: a commune that the convention's list of covered communes names more than once (the same INSEE
 * code, or an old code and the code of the commune that succeeded it). Immutable.
 */
public final class CommuneListeeEnDouble {
  private final String insee;
  private final String nom;
  private final List<String> codesListes;
  private final List<String> sources;
  private final Sujet sujet;

  /**
   * @param insee the commune's current INSEE code
   * @param codesListes the codes as the convention writes them, one per occurrence, in its order
   * @param sources the source of each occurrence (line of the convention), where known
   */
  public CommuneListeeEnDouble(String insee, String nom, List<String> codesListes, List<String> sources) {
    this.insee = Objects.requireNonNull(insee);
    this.nom = Objects.requireNonNull(nom);
    this.codesListes = List.copyOf(codesListes);
    this.sources = List.copyOf(sources);
    this.sujet = Sujet.of("commune", insee, nom);
  }

  public String insee() { return insee; }

  public String nom() { return nom; }

  /** How many times the list names it. */
  public int occurrences() { return codesListes.size(); }

  public List<String> codesListes() { return codesListes; }

  /** The sources of its occurrences, joined ("" when none is known). */
  public String sources() { return String.join(" ; ", sources); }

  public Sujet sujet() { return sujet; }
}
