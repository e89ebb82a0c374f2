package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.Objects;

/**
 * Fact: a commune whose population the convention states for a vintage of the populations légales
 * (its table of the territory) differs from the population totale of that vintage in the national
 * registry. Java compares the figures; the CONV-TERRITOIRE rule reports the inconsistency. Immutable.
 */
public final class PopulationDivergente {
  private final String insee;
  private final String nom;
  private final long declaree;
  private final int millesime;
  private final long registre;
  private final int anneeRegistre;
  private final String source;
  private final Sujet sujet;

  /**
   * @param declaree the population the convention gives
   * @param millesime the vintage it gives for it
   * @param registre the population totale of that vintage in the registry
   * @param anneeRegistre the registry year (1 January) that carries that vintage
   * @param source where the convention gives it; null when unknown
   */
  public PopulationDivergente(String insee, String nom, long declaree, int millesime, long registre,
      int anneeRegistre, String source) {
    this.insee = Objects.requireNonNull(insee);
    this.nom = Objects.requireNonNull(nom);
    this.declaree = declaree;
    this.millesime = millesime;
    this.registre = registre;
    this.anneeRegistre = anneeRegistre;
    this.source = source;
    this.sujet = Sujet.of("commune", insee, nom);
  }

  public String insee() { return insee; }

  public String nom() { return nom; }

  public long declaree() { return declaree; }

  public int millesime() { return millesime; }

  public long registre() { return registre; }

  public int anneeRegistre() { return anneeRegistre; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
