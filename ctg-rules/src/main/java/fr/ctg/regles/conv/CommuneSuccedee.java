package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.Objects;

/**
 * Fact: a commune the convention lists under a code that is no longer a commune in the registry of
 * the evaluation date (merged into a commune nouvelle, recoded), and the commune that succeeded it.
 * The evaluation runs on the successor; the CONV-TERRITOIRE rules say so instead of applying it
 * silently. Immutable.
 */
public final class CommuneSuccedee {
  private final String insee;
  private final String nom;
  private final String successeurInsee;
  private final String successeurNom;
  private final String succession;
  private final int registre;
  private final String source;
  private final Sujet sujet;

  /**
   * @param insee the code the convention lists
   * @param nom the name the convention gives it
   * @param succession the registry's statement, e.g. "01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)"
   * @param registre the year of the registry of the evaluation date
   * @param source where the convention lists it; null when it does not say
   */
  public CommuneSuccedee(String insee, String nom, String successeurInsee, String successeurNom, String succession,
      int registre, String source) {
    this.insee = Objects.requireNonNull(insee);
    this.nom = Objects.requireNonNull(nom);
    this.successeurInsee = Objects.requireNonNull(successeurInsee);
    this.successeurNom = Objects.requireNonNull(successeurNom);
    this.succession = Objects.requireNonNull(succession);
    this.registre = registre;
    this.source = source;
    this.sujet = Sujet.of("commune", insee, nom);
  }

  public String insee() { return insee; }

  public String nom() { return nom; }

  public String successeurInsee() { return successeurInsee; }

  public String successeurNom() { return successeurNom; }

  public String succession() { return succession; }

  public int registre() { return registre; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
