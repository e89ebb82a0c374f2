package fr.ctg.parametres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * This set with each parameter of {@code reforme} replacing the one of the same name. A
   * replacing parameter keeps the declaration of the one it replaces: same {@link TypeParametre},
   * values within its {@link Domaine}, and its own domain (if it declares one) within it too; it
   * takes the replaced parameter's domain when it declares none.
   *
   * @throws IllegalArgumentException when {@code reforme} does not respect these declarations
   *     ({@link #incompatibilites(Parametres)} says why, in French)
   */
  public Parametres surchargePar(Parametres reforme) {
    List<String> incompatibilites = incompatibilites(reforme);
    if (!incompatibilites.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", incompatibilites));
    }
    Map<String, Parametre> fusion = new TreeMap<>(parNom);
    for (Parametre p : reforme.parNom.values()) {
      Parametre declare = parNom.get(p.nom());
      fusion.put(p.nom(), declare == null || !p.domaine().equals(Domaine.libre()) ? p
          : ImmutableParametre.copyOf(p).withDomaine(declare.domaine()));
    }
    return new Parametres(fusion);
  }

  /**
   * Why {@code reforme} cannot replace parameters of this set, one French sentence per problem
   * (parameter named, declared type and domain): a different type, a value outside the declared
   * domain, a declared domain wider than the replaced one. Empty when it can.
   */
  public List<String> incompatibilites(Parametres reforme) {
    List<String> out = new ArrayList<>();
    for (Parametre p : reforme.parNom.values()) {
      Parametre declare = parNom.get(p.nom());
      if (declare == null) {
        continue;
      }
      Optional<String> refus = incompatibilite(declare, p.type(), p.domaine());
      if (refus.isPresent()) {
        out.add(refus.get());
        continue;
      }
      for (ValeurParametre v : p.valeurs()) {
        declare.refus(v).ifPresent(r -> out.add(horsDomaine(declare, v.enTexte(), r)));
      }
    }
    return out;
  }

  /**
   * Why a parameter of type {@code type} and domain {@code domaine} cannot replace
   * {@code declare}; empty when it can.
   */
  public static Optional<String> incompatibilite(Parametre declare, TypeParametre type, Domaine domaine) {
    if (type != declare.type()) {
      return Optional.of("le paramètre « " + declare.nom() + " » est déclaré de type " + declare.type() + " ("
          + declare.domaineEnTexte() + ") : il ne peut pas être remplacé par un paramètre de type " + type);
    }
    if (!domaine.equals(Domaine.libre()) && !domaine.inclusDans(declare.domaine(), type)) {
      return Optional.of("le domaine « " + domaine.enTexte(type) + " » élargit celui du paramètre « " + declare.nom()
          + " » déclaré par les règles (" + declare.domaineEnTexte() + ")");
    }
    return Optional.empty();
  }

  /** The French sentence for {@code valeur} refused by {@code parametre}'s domain for {@code raison}. */
  public static String horsDomaine(Parametre parametre, String valeur, String raison) {
    return "valeur « " + valeur + " » hors du domaine du paramètre « " + parametre.nom() + " » : "
        + parametre.domaineEnTexte() + " attendu (" + raison + ")";
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
