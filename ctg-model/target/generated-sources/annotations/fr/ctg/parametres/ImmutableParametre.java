package fr.ctg.parametres;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Parametre}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableParametre.builder()}.
 */
@Generated(from = "Parametre", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableParametre implements Parametre {
  private final String nom;
  private final String description;
  private final String unite;
  private final TypeParametre type;
  private final List<ValeurParametre> valeurs;

  private ImmutableParametre(
      String nom,
      String description,
      String unite,
      TypeParametre type,
      List<ValeurParametre> valeurs) {
    this.nom = nom;
    this.description = description;
    this.unite = unite;
    this.type = type;
    this.valeurs = valeurs;
  }

  /**
   *Dotted name, e.g. {@code ao.seuil_rpe}; the first segment is the rule family. 
   */
  @Override
  public String nom() {
    return nom;
  }

  /**
   * @return The value of the {@code description} attribute
   */
  @Override
  public String description() {
    return description;
  }

  /**
   *Unit in words: {@code habitants}, {@code euros}, {@code mois}, {@code date}... 
   */
  @Override
  public String unite() {
    return unite;
  }

  /**
   * @return The value of the {@code type} attribute
   */
  @Override
  public TypeParametre type() {
    return type;
  }

  /**
   *Values sorted by {@code depuis}, no two with the same start. 
   */
  @Override
  public List<ValeurParametre> valeurs() {
    return valeurs;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parametre#nom() nom} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nom
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametre withNom(String value) {
    String newValue = Objects.requireNonNull(value, "nom");
    if (this.nom.equals(newValue)) return this;
    return validate(new ImmutableParametre(newValue, this.description, this.unite, this.type, this.valeurs));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parametre#description() description} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for description
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametre withDescription(String value) {
    String newValue = Objects.requireNonNull(value, "description");
    if (this.description.equals(newValue)) return this;
    return validate(new ImmutableParametre(this.nom, newValue, this.unite, this.type, this.valeurs));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parametre#unite() unite} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for unite
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametre withUnite(String value) {
    String newValue = Objects.requireNonNull(value, "unite");
    if (this.unite.equals(newValue)) return this;
    return validate(new ImmutableParametre(this.nom, this.description, newValue, this.type, this.valeurs));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parametre#type() type} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for type
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametre withType(TypeParametre value) {
    TypeParametre newValue = Objects.requireNonNull(value, "type");
    if (this.type == newValue) return this;
    return validate(new ImmutableParametre(this.nom, this.description, this.unite, newValue, this.valeurs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Parametre#valeurs() valeurs}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableParametre withValeurs(ValeurParametre... elements) {
    List<ValeurParametre> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableParametre(this.nom, this.description, this.unite, this.type, newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Parametre#valeurs() valeurs}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of valeurs elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParametre withValeurs(Iterable<? extends ValeurParametre> elements) {
    if (this.valeurs == elements) return this;
    List<ValeurParametre> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableParametre(this.nom, this.description, this.unite, this.type, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableParametre} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableParametre
        && equalsByValue((ImmutableParametre) another);
  }

  private boolean equalsByValue(ImmutableParametre another) {
    return nom.equals(another.nom)
        && description.equals(another.description)
        && unite.equals(another.unite)
        && type.equals(another.type)
        && valeurs.equals(another.valeurs);
  }

  /**
   * Computes a hash code from attributes: {@code nom}, {@code description}, {@code unite}, {@code type}, {@code valeurs}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + nom.hashCode();
    h += (h << 5) + description.hashCode();
    h += (h << 5) + unite.hashCode();
    h += (h << 5) + type.hashCode();
    h += (h << 5) + valeurs.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Parametre} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Parametre{"
        + "nom=" + nom
        + ", description=" + description
        + ", unite=" + unite
        + ", type=" + type
        + ", valeurs=" + valeurs
        + "}";
  }

  private static ImmutableParametre validate(ImmutableParametre instance) {
    instance.verifier();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Parametre} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Parametre instance
   */
  public static ImmutableParametre copyOf(Parametre instance) {
    if (instance instanceof ImmutableParametre) {
      return (ImmutableParametre) instance;
    }
    return ImmutableParametre.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableParametre ImmutableParametre}.
   * <pre>
   * ImmutableParametre.builder()
   *    .nom(String) // required {@link Parametre#nom() nom}
   *    .description(String) // required {@link Parametre#description() description}
   *    .unite(String) // required {@link Parametre#unite() unite}
   *    .type(fr.ctg.parametres.TypeParametre) // required {@link Parametre#type() type}
   *    .addValeur|addAllValeurs(fr.ctg.parametres.ValeurParametre) // {@link Parametre#valeurs() valeurs} elements
   *    .build();
   * </pre>
   * @return A new ImmutableParametre builder
   */
  public static ImmutableParametre.Builder builder() {
    return new ImmutableParametre.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableParametre ImmutableParametre}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Parametre", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NOM = 0x1L;
    private static final long INIT_BIT_DESCRIPTION = 0x2L;
    private static final long INIT_BIT_UNITE = 0x4L;
    private static final long INIT_BIT_TYPE = 0x8L;
    private long initBits = 0xfL;

    private String nom;
    private String description;
    private String unite;
    private TypeParametre type;
    private List<ValeurParametre> valeurs = new ArrayList<ValeurParametre>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Parametre} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Parametre instance) {
      Objects.requireNonNull(instance, "instance");
      this.nom(instance.nom());
      this.description(instance.description());
      this.unite(instance.unite());
      this.type(instance.type());
      addAllValeurs(instance.valeurs());
      return this;
    }

    /**
     * Initializes the value for the {@link Parametre#nom() nom} attribute.
     * @param nom The value for nom 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nom(String nom) {
      this.nom = Objects.requireNonNull(nom, "nom");
      initBits &= ~INIT_BIT_NOM;
      return this;
    }

    /**
     * Initializes the value for the {@link Parametre#description() description} attribute.
     * @param description The value for description 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      initBits &= ~INIT_BIT_DESCRIPTION;
      return this;
    }

    /**
     * Initializes the value for the {@link Parametre#unite() unite} attribute.
     * @param unite The value for unite 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder unite(String unite) {
      this.unite = Objects.requireNonNull(unite, "unite");
      initBits &= ~INIT_BIT_UNITE;
      return this;
    }

    /**
     * Initializes the value for the {@link Parametre#type() type} attribute.
     * @param type The value for type 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder type(TypeParametre type) {
      this.type = Objects.requireNonNull(type, "type");
      initBits &= ~INIT_BIT_TYPE;
      return this;
    }

    /**
     * Adds one element to {@link Parametre#valeurs() valeurs} list.
     * @param element A valeurs element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addValeur(ValeurParametre element) {
      this.valeurs.add(Objects.requireNonNull(element, "valeurs element"));
      return this;
    }

    /**
     * Adds elements to {@link Parametre#valeurs() valeurs} list.
     * @param elements An array of valeurs elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addValeurs(ValeurParametre... elements) {
      for (ValeurParametre element : elements) {
        this.valeurs.add(Objects.requireNonNull(element, "valeurs element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Parametre#valeurs() valeurs} list.
     * @param elements An iterable of valeurs elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder valeurs(Iterable<? extends ValeurParametre> elements) {
      this.valeurs.clear();
      return addAllValeurs(elements);
    }

    /**
     * Adds elements to {@link Parametre#valeurs() valeurs} list.
     * @param elements An iterable of valeurs elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllValeurs(Iterable<? extends ValeurParametre> elements) {
      for (ValeurParametre element : elements) {
        this.valeurs.add(Objects.requireNonNull(element, "valeurs element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableParametre ImmutableParametre}.
     * @return An immutable instance of Parametre
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableParametre build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableParametre.validate(new ImmutableParametre(nom, description, unite, type, createUnmodifiableList(true, valeurs)));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_NOM) != 0) attributes.add("nom");
      if ((initBits & INIT_BIT_DESCRIPTION) != 0) attributes.add("description");
      if ((initBits & INIT_BIT_UNITE) != 0) attributes.add("unite");
      if ((initBits & INIT_BIT_TYPE) != 0) attributes.add("type");
      return "Cannot build Parametre, some of required attributes are not set " + attributes;
    }
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) Objects.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }
}
