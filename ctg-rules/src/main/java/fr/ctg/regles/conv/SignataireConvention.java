package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact: one party to the convention, with what the text says of its representative, of the act
 * authorising it to sign and of the date it signed (its own, or the convention's). Nullable
 * accessors are null when the text is silent. Immutable.
 */
public final class SignataireConvention {
  private final String id;
  private final String type;
  private final String nom;
  private final String siren;
  private final String insee;
  private final String representant;
  private final String acte;
  private final LocalDate dateActe;
  private final LocalDate dateSignature;
  private final String source;
  private final Sujet sujet;

  public SignataireConvention(String id, String type, String nom, String siren, String insee,
      String representant, String acte, LocalDate dateActe, LocalDate dateSignature, String source) {
    this.id = Objects.requireNonNull(id);
    this.type = Objects.requireNonNull(type);
    this.nom = Objects.requireNonNull(nom);
    this.siren = siren;
    this.insee = insee;
    this.representant = representant;
    this.acte = acte;
    this.dateActe = dateActe;
    this.dateSignature = dateSignature;
    this.source = source;
    this.sujet = Sujet.of("signataire", id, nom);
  }

  public String id() { return id; }

  /** {@code CAF}, {@code MSA}, {@code DEPARTEMENT}, {@code EPCI}, {@code COMMUNE}, {@code SIVOM}, {@code AUTRE}. */
  public String type() { return type; }

  public String nom() { return nom; }

  public String siren() { return siren; }

  public String insee() { return insee; }

  public String representant() { return representant; }

  /** Title of the authorising act; null when the text names none. */
  public String acte() { return acte; }

  public LocalDate dateActe() { return dateActe; }

  /** The party's date of signature, else the convention's; null when unknown. */
  public LocalDate dateSignature() { return dateSignature; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }

  @Override
  public String toString() {
    return "SignataireConvention[" + id + ", " + type + "]";
  }
}
