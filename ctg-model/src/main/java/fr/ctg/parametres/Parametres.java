package fr.ctg.parametres;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of legal parameters, by name. Immutable and safe to share between threads.
 *
 * <p>A "réforme" is another set laid over this one with {@link #surchargePar(Parametres)}: each
 * parameter it names replaces the one of the law in force, whole.
 */
public final class Parametres {
  private final Map<String, Parametre> parNom;

  private Parametres(Map<String, Parametre> parNom) {
    this.parNom = Collections.unmodifiableMap(new TreeMap<>(parNom));
  }

  /** The set made of {@code parametres}; a name given twice is a programming error. */
  public static Parametres de(Collection<Parametre> parametres) {
    Map<String, Parametre> parNom = new LinkedHashMap<>();
    for (Parametre p : parametres) {
      if (parNom.putIfAbsent(p.nom(), p) != null) {
        throw new IllegalArgumentException("paramètre défini deux fois : " + p.nom());
      }
    }
    return new Parametres(parNom);
  }

  public static Parametres vide() {
    return new Parametres(Map.of());
  }

  public Optional<Parametre> parametre(String nom) {
    return Optional.ofNullable(parNom.get(nom));
  }

  /** The value of {@code nom} in force on {@code date}; empty if unknown or not yet (or no longer) in force. */
  public Optional<ValeurParametre> enVigueur(String nom, LocalDate date) {
    return parametre(nom).flatMap(p -> p.enVigueur(date));
  }

  /** Every parameter, sorted by name. */
  public Collection<Parametre> tous() {
    return parNom.values();
  }

  /** This set with each parameter of {@code reforme} replacing the one of the same name. */
  public Parametres surchargePar(Parametres reforme) {
    Map<String, Parametre> fusion = new TreeMap<>(parNom);
    fusion.putAll(reforme.parNom);
    return new Parametres(fusion);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parametres && ((Parametres) o).parNom.equals(parNom);
  }

  @Override
  public int hashCode() {
    return parNom.hashCode();
  }

  @Override
  public String toString() {
    return "Parametres" + parNom.keySet();
  }
}
