package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact: a commune the convention covers whose EPCI à fiscalité propre differs between the registry
 * of the convention's signature date and that of the evaluation date (a change of intercommunality
 * since the signature). Immutable.
 */
public final class EpciChangeDepuisSignature {
  private final String insee;
  private final String nom;
  private final LocalDate dateSignature;
  private final int registreSignature;
  private final String epciSignature;
  private final int registreEvaluation;
  private final String epciEvaluation;
  private final Sujet sujet;

  /**
   * @param dateSignature the convention's signature date, or its start date when it gives none
   * @param epciSignature SIREN of its EPCI in the registry of the signature date; null outside any
   * @param epciEvaluation SIREN of its EPCI in the registry of the evaluation date; null outside any
   */
  public EpciChangeDepuisSignature(String insee, String nom, LocalDate dateSignature, int registreSignature,
      String epciSignature, int registreEvaluation, String epciEvaluation) {
    this.insee = Objects.requireNonNull(insee);
    this.nom = Objects.requireNonNull(nom);
    this.dateSignature = Objects.requireNonNull(dateSignature);
    this.registreSignature = registreSignature;
    this.epciSignature = epciSignature;
    this.registreEvaluation = registreEvaluation;
    this.epciEvaluation = epciEvaluation;
    this.sujet = Sujet.of("commune", insee, nom);
  }

  public String insee() { return insee; }

  public String nom() { return nom; }

  public LocalDate dateSignature() { return dateSignature; }

  public int registreSignature() { return registreSignature; }

  public String epciSignature() { return epciSignature; }

  public int registreEvaluation() { return registreEvaluation; }

  public String epciEvaluation() { return epciEvaluation; }

  public Sujet sujet() { return sujet; }
}
