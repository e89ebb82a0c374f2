package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact: the engagement of a commune or SIVOM in the convention: its deliberation and its fiche
 * d'engagement, each dated when the text dates it. Immutable.
 */
public final class EngagementCollectivite {
  private final String collectivite;
  private final String nom;
  private final LocalDate dateDeliberation;
  private final LocalDate dateFicheEngagement;
  private final String source;
  private final Sujet sujet;

  public EngagementCollectivite(String collectivite, String nom, LocalDate dateDeliberation,
      LocalDate dateFicheEngagement, String source) {
    this.collectivite = Objects.requireNonNull(collectivite);
    this.nom = Objects.requireNonNull(nom);
    this.dateDeliberation = dateDeliberation;
    this.dateFicheEngagement = dateFicheEngagement;
    this.source = source;
    this.sujet = Sujet.of("collectivite", collectivite, nom);
  }

  /** INSEE code or SIREN. */
  public String collectivite() { return collectivite; }

  public String nom() { return nom; }

  public LocalDate dateDeliberation() { return dateDeliberation; }

  public LocalDate dateFicheEngagement() { return dateFicheEngagement; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
