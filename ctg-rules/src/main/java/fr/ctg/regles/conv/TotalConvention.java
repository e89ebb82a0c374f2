package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Fact: a total the convention's source states next to its parts, and the same total recomputed by
 * Java from the elements encoded (the sum rounded, half up, to the number of decimals the source
 * prints). The CONV-COHERENCE rules compare the two. Immutable.
 */
public final class TotalConvention {
  private final String id;
  private final String objet;
  private final String libelle;
  private final BigDecimal declare;
  private final BigDecimal calcule;
  private final int nombreElements;
  private final List<String> elements;
  private final List<String> sansValeur;
  private final String source;
  private final Sujet sujet;

  /**
   * @param objet what it adds up, in French (« population des communes couvertes »)
   * @param libelle what the source calls it; null when not given
   * @param declare the total as printed by the source
   * @param somme the exact sum of the values of the elements that have one
   * @param nombreElements how many elements the total adds up (with or without a value)
   * @param elements for a sub-total, the elements it names (empty: all)
   * @param sansValeur the elements it adds up that carry no value (e.g. a commune without population)
   * @param source where the source states the total; null when unknown
   */
  public TotalConvention(String id, String objet, String libelle, BigDecimal declare, BigDecimal somme,
      int nombreElements, List<String> elements, List<String> sansValeur, String source) {
    this.id = Objects.requireNonNull(id);
    this.objet = Objects.requireNonNull(objet);
    this.libelle = libelle;
    this.declare = Objects.requireNonNull(declare);
    this.calcule = somme.setScale(Math.max(0, declare.scale()), RoundingMode.HALF_UP);
    this.nombreElements = nombreElements;
    this.elements = List.copyOf(elements);
    this.sansValeur = List.copyOf(sansValeur);
    this.source = source;
    this.sujet = Sujet.of("total", id, libelle != null ? libelle : objet);
  }

  public String id() { return id; }

  /** What it adds up, in French. */
  public String objet() { return objet; }

  /** What the source calls it, or its object when the source gives no name. */
  public String libelle() { return libelle != null ? libelle : objet; }

  /** The total as the source prints it. */
  public BigDecimal declare() { return declare; }

  /** The sum of the elements encoded, at the precision of {@link #declare()}. */
  public BigDecimal calcule() { return calcule; }

  /** {@code calcule - declare}, zero when the total adds up. */
  public BigDecimal ecart() { return calcule.subtract(declare); }

  /** Whether the recomputed total equals the declared one at the precision printed. */
  public boolean egal() { return calcule.compareTo(declare) == 0; }

  public int nombreElements() { return nombreElements; }

  /** For a sub-total, the elements it names, joined; null for a total of all the elements. */
  public String elements() { return elements.isEmpty() ? null : String.join(", ", elements); }

  /** Elements without a value: the sum cannot be recomputed while there is one. */
  public List<String> sansValeur() { return sansValeur; }

  /** Whether every element it adds up has a value. */
  public boolean complet() { return sansValeur.isEmpty(); }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
