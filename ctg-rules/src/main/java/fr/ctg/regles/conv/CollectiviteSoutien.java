package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.util.List;
import java.util.Objects;

/**
 * Fact: a collectivité (INSEE code or SIREN) the equipment annex names as supporting at least one
 * equipment — the equipment's bonus territoire depends on its engagement unless it signed the
 * convention. Immutable.
 */
public final class CollectiviteSoutien {
  private final String id;
  private final String nom;
  private final List<String> equipements;
  private final Sujet sujet;

  public CollectiviteSoutien(String id, String nom, List<String> equipements) {
    this.id = Objects.requireNonNull(id);
    this.nom = Objects.requireNonNull(nom);
    this.equipements = List.copyOf(equipements);
    this.sujet = Sujet.of("collectivite", id, nom);
  }

  public String id() { return id; }

  public String nom() { return nom; }

  /** Ids of the equipment it supports, sorted. */
  public List<String> equipements() { return equipements; }

  public Sujet sujet() { return sujet; }
}
