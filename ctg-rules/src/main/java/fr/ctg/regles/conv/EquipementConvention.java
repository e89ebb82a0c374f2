package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.List;
import java.util.Objects;

/**
 * Fact: an equipment or service of the convention's equipment annex: where it is, which communes it
 * covers (RPE) and which collectivités support it. Immutable.
 */
public final class EquipementConvention {
  private final String id;
  private final String type;
  private final String nom;
  private final String commune;
  private final List<String> communesCouvertes;
  private final List<String> collectivitesSoutien;
  private final String source;
  private final Sujet sujet;

  public EquipementConvention(String id, String type, String nom, String commune,
      List<String> communesCouvertes, List<String> collectivitesSoutien, String source) {
    this.id = Objects.requireNonNull(id);
    this.type = Objects.requireNonNull(type);
    this.nom = Objects.requireNonNull(nom);
    this.commune = commune;
    this.communesCouvertes = List.copyOf(communesCouvertes);
    this.collectivitesSoutien = List.copyOf(collectivitesSoutien);
    this.source = source;
    this.sujet = Sujet.of("equipement", id, nom);
  }

  public String id() { return id; }

  /** {@code fr.ctg.convention.TypeEquipement} name: {@code EAJE}, {@code RPE}... */
  public String type() { return type; }

  public String nom() { return nom; }

  /** INSEE code of its commune; null when the text does not place it. */
  public String commune() { return commune; }

  /** For an RPE: INSEE codes of the communes it covers, as the text states; empty when silent. */
  public List<String> communesCouvertes() { return communesCouvertes; }

  /** INSEE codes / SIRENs of the collectivités supporting it. */
  public List<String> collectivitesSoutien() { return collectivitesSoutien; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
