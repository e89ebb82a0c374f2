package fr.ctg.regles.bt;

import fr.ctg.convention.TypeEquipement;
import fr.ctg.rapport.Sujet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Fact: a structure (equipment or service) that may receive the bonus territoire of the year: every
 * structure of the convention's equipment annex, and each requested new project that is not in it.
 * Assembled in Java from the convention; the rules decide its eligibility. Immutable.
 */
public final class EquipementBT {
  private final String id;
  private final String nom;
  private final TypeEquipement type;
  private final String commune;
  private final Integer placesPsu;
  private final BigDecimal poids;
  private final List<String> soutiens;
  private final boolean dansAnnexe;

  /** @param commune, placesPsu, poids null when the convention does not say */
  public EquipementBT(String id, String nom, TypeEquipement type, String commune, Integer placesPsu,
      BigDecimal poids, List<String> soutiens, boolean dansAnnexe) {
    this.id = Objects.requireNonNull(id);
    this.nom = Objects.requireNonNull(nom);
    this.type = Objects.requireNonNull(type);
    this.commune = commune;
    this.placesPsu = placesPsu;
    this.poids = poids;
    this.soutiens = List.copyOf(soutiens);
    this.dansAnnexe = dansAnnexe;
  }

  public String id() { return id; }

  public String nom() { return nom; }

  public TypeEquipement type() { return type; }

  /**
   * Whether it is an établissement d'accueil du jeune enfant (multi-accueil or micro-crèche): its
   * bonus goes with its PSU places.
   */
  public boolean eaje() {
    return type == TypeEquipement.EAJE || type == TypeEquipement.MICRO_CRECHE;
  }

  /** INSEE code of its commune; null when not given. */
  public String commune() { return commune; }

  /** PSU places; null when not given. */
  public Integer placesPsu() { return placesPsu; }

  /** Declared weight (non-EAJE); null when not given. */
  public BigDecimal poids() { return poids; }

  /** INSEE codes / SIRENs of the collectivités supporting it, as listed. */
  public List<String> soutiens() { return soutiens; }

  /** Whether it is listed in the convention's equipment annex. */
  public boolean dansAnnexe() { return dansAnnexe; }

  public Sujet sujet() {
    return Sujet.of("equipement", id, nom);
  }

  @Override
  public String toString() {
    return "EquipementBT[" + id + "]";
  }
}
