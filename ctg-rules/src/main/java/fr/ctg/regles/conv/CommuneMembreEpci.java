package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.Objects;

/**
 * Fact: a commune the national registry places in the convention's signatory EPCI, whether or not
 * the convention lists it. Immutable.
 */
public final class CommuneMembreEpci {
  private final String insee;
  private final String nom;
  private final String epci;
  private final Sujet sujet;

  public CommuneMembreEpci(String insee, String nom, String epci) {
    this.insee = Objects.requireNonNull(insee);
    this.nom = Objects.requireNonNull(nom);
    this.epci = Objects.requireNonNull(epci);
    this.sujet = Sujet.of("commune", insee, nom);
  }

  public String insee() { return insee; }

  public String nom() { return nom; }

  /** SIREN of the EPCI. */
  public String epci() { return epci; }

  public Sujet sujet() { return sujet; }
}
