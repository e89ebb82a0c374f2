package fr.ctg.regles;

import fr.ctg.rapport.NatureProvenance;
import fr.ctg.rapport.ProvenanceFait;
import fr.ctg.rapport.Sujet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the facts of one evaluation come from: for each subject of a finding (a convention, a
 * signatory, an avenant, a post...), the provenance of its fields by name, and the convention's own
 * fields for every subject of the convention (its period, signature date...). Handed to the rule base
 * with the facts (it is not inserted in the session): {@link Constats} reads it when it builds the
 * findings, to report the provenance of their facts and to keep a negative conclusion from resting on
 * an encoder's hypothesis. Immutable once built.
 */
public final class Provenances {
  private final Map<String, Map<String, ProvenanceFait>> parSujet;
  private final Map<String, ProvenanceFait> convention;

  private Provenances(Map<String, Map<String, ProvenanceFait>> parSujet, Map<String, ProvenanceFait> convention) {
    this.parSujet = parSujet;
    this.convention = convention;
  }

  /** No provenance known: findings carry none and nothing is suspended. */
  public static Provenances aucune() {
    return new Provenances(Map.of(), Map.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The provenance of fact {@code nom} of subject {@code s}: the subject's own field, else the
   * convention's field of that name; null when unknown.
   */
  public ProvenanceFait de(Sujet s, String nom) {
    Map<String, ProvenanceFait> propres = parSujet.get(cle(s));
    ProvenanceFait p = propres == null ? null : propres.get(nom);
    return p != null ? p : convention.get(nom);
  }

  /**
   * The provenance of field {@code nom} a rule declares decisive ({@code @decisifs}): as
   * {@link #de}, else, prudently, a hypothesis on a field of that name of any other element (the
   * engagement of a supporting collectivité decides the eligibility of an equipment); null when
   * unknown.
   */
  public ProvenanceFait decisif(Sujet s, String nom) {
    ProvenanceFait p = de(s, nom);
    if (p != null) return p;
    for (Map<String, ProvenanceFait> autres : parSujet.values()) {
      ProvenanceFait a = autres.get(nom);
      if (a != null && a.nature() == NatureProvenance.HYPOTHESE) return a;
    }
    return null;
  }

  /** Whether nothing is known (the common case outside conventions): skips the look-ups. */
  boolean vide() {
    return parSujet.isEmpty() && convention.isEmpty();
  }

  private static String cle(Sujet s) {
    return s.type() + '\u0000' + s.id();
  }

  /** Collects the provenances while the facts are assembled. */
  public static final class Builder {
    private final Map<String, Map<String, ProvenanceFait>> parSujet = new HashMap<>();
    private final Map<String, ProvenanceFait> convention = new TreeMap<>();

    private Builder() {}

    /** Field {@code nom} of subject {@code s} comes from {@code p}. */
    public Builder sujet(Sujet s, String nom, NatureProvenance nature, String reference) {
      return sujet(s, nom, nature, reference, java.util.List.of());
    }

    /**
     * Field {@code nom} of subject {@code s} comes from {@code reference}, and {@code divergences}
     * (one sentence each) are the other passages of the source that state it differently.
     */
    public Builder sujet(Sujet s, String nom, NatureProvenance nature, String reference, java.util.List<String> divergences) {
      parSujet.computeIfAbsent(cle(s), k -> new TreeMap<>())
          .put(Objects.requireNonNull(nom), ProvenanceFait.of(nature, reference, divergences));
      return this;
    }

    /** Field {@code nom} of the convention (read for every subject of it) comes from {@code p}. */
    public Builder convention(String nom, NatureProvenance nature, String reference) {
      return convention(nom, nature, reference, java.util.List.of());
    }

    /** As {@link #convention(String, NatureProvenance, String)}, with the passages that diverge. */
    public Builder convention(String nom, NatureProvenance nature, String reference, java.util.List<String> divergences) {
      convention.put(Objects.requireNonNull(nom), ProvenanceFait.of(nature, reference, divergences));
      return this;
    }

    public Provenances build() {
      Map<String, Map<String, ProvenanceFait>> copie = new TreeMap<>();
      parSujet.forEach((k, v) -> copie.put(k, Map.copyOf(v)));
      return new Provenances(java.util.Collections.unmodifiableMap(copie), Map.copyOf(convention));
    }
  }
}
