package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.Objects;

/**
 * Fact: a commune the convention lists as covered, with what the national registry says of it (its
 * EPCI). Immutable.
 */
public final class CommuneDeConvention {
  private final String insee;
  private final String nom;
  private final String epciRegistre;
  private final String source;
  private final Sujet sujet;

  /**
   * @param nom the registry's name when the registry knows the commune, else the convention's
   * @param epciRegistre SIREN of its EPCI in the registry; null when outside any EPCI
   */
  public CommuneDeConvention(String insee, String nom, String epciRegistre, String source) {
    this.insee = Objects.requireNonNull(insee);
    this.nom = Objects.requireNonNull(nom);
    this.epciRegistre = epciRegistre;
    this.source = source;
    this.sujet = Sujet.of("commune", insee, nom);
  }

  public String insee() { return insee; }

  public String nom() { return nom; }

  public String epciRegistre() { return epciRegistre; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
