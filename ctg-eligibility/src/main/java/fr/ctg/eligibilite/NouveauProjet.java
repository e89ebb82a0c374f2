package fr.ctg.eligibilite;

import fr.ctg.convention.Equipement;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A new project submitted for funding within the bonus territoire (BT-NOUVEAU-PROJET, seed 003
 * L5914-5920). {@link #equipement()} describes the structure concerned: when the convention's annex
 * lists a structure with the same id, that one is evaluated (the description here is then ignored);
 * otherwise this description is evaluated by BT-ELIGIBILITE as a structure outside the annex.
 *
 * <p>Immutable and thread-safe; no field is {@code null}; amounts in euros ({@link java.math.BigDecimal}, scale 2).
 */
@Value.Immutable
public interface NouveauProjet {
  /** Unique among the projects. */
  String id();

  String nom();

  Equipement equipement();

  /** TRUE accepted, FALSE refused; empty when not decided. */
  Optional<Boolean> opportuniteAcceptee();

  /** Euros requested, {@code >= 0}. */
  BigDecimal montantDemande();

  @Value.Check
  default void verifier() {
    if (montantDemande().signum() < 0) {
      throw new IllegalArgumentException("montant demandé négatif pour le projet " + id());
    }
  }

  static ImmutableNouveauProjet.Builder builder() {
    return ImmutableNouveauProjet.builder();
  }
}
