package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.List;
import java.util.Objects;

/**
 * Fact: one ambition (objective, fiche-projet) of the action plan and the orientations of the
 * departmental schemes (SDSF, SDAVS) the text links it to. Immutable.
 */
public final class AmbitionPlan {
  private final String id;
  private final String libelle;
  private final String enjeu;
  private final List<String> orientations;
  private final String source;
  private final Sujet sujet;

  public AmbitionPlan(String id, String libelle, String enjeu, List<String> orientations, String source) {
    this.id = Objects.requireNonNull(id);
    this.libelle = Objects.requireNonNull(libelle);
    this.enjeu = Objects.requireNonNull(enjeu);
    this.orientations = List.copyOf(orientations);
    this.source = source;
    this.sujet = Sujet.of("ambition", id, libelle);
  }

  public String id() { return id; }

  public String libelle() { return libelle; }

  /** Id of the enjeu it belongs to. */
  public String enjeu() { return enjeu; }

  /** Ids of the linked orientations, as the text gives them; empty when it links none. */
  public List<String> orientations() { return orientations; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
