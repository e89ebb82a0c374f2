package fr.ctg.territoire;

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
 * Immutable implementation of {@link Epci}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableEpci.builder()}.
 */
@Generated(from = "Epci", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableEpci implements Epci {
  private final String siren;
  private final String nom;
  private final NatureEpci nature;
  private final List<String> membres;

  private ImmutableEpci(
      String siren,
      String nom,
      NatureEpci nature,
      List<String> membres) {
    this.siren = siren;
    this.nom = nom;
    this.nature = nature;
    this.membres = membres;
  }

  /**
   *SIREN, 9 digits. 
   */
  @Override
  public String siren() {
    return siren;
  }

  /**
   * @return The value of the {@code nom} attribute
   */
  @Override
  public String nom() {
    return nom;
  }

  /**
   *CA, CC, CU or METRO. 
   */
  @Override
  public NatureEpci nature() {
    return nature;
  }

  /**
   *INSEE codes of the member communes, in the registry's order. 
   */
  @Override
  public List<String> membres() {
    return membres;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Epci#siren() siren} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for siren
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEpci withSiren(String value) {
    String newValue = Objects.requireNonNull(value, "siren");
    if (this.siren.equals(newValue)) return this;
    return new ImmutableEpci(newValue, this.nom, this.nature, this.membres);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Epci#nom() nom} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nom
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEpci withNom(String value) {
    String newValue = Objects.requireNonNull(value, "nom");
    if (this.nom.equals(newValue)) return this;
    return new ImmutableEpci(this.siren, newValue, this.nature, this.membres);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Epci#nature() nature} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nature
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEpci withNature(NatureEpci value) {
    NatureEpci newValue = Objects.requireNonNull(value, "nature");
    if (this.nature == newValue) return this;
    return new ImmutableEpci(this.siren, this.nom, newValue, this.membres);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Epci#membres() membres}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableEpci withMembres(String... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableEpci(this.siren, this.nom, this.nature, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Epci#membres() membres}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of membres elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEpci withMembres(Iterable<String> elements) {
    if (this.membres == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableEpci(this.siren, this.nom, this.nature, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableEpci} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableEpci
        && equalsByValue((ImmutableEpci) another);
  }

  private boolean equalsByValue(ImmutableEpci another) {
    return siren.equals(another.siren)
        && nom.equals(another.nom)
        && nature.equals(another.nature)
        && membres.equals(another.membres);
  }

  /**
   * Computes a hash code from attributes: {@code siren}, {@code nom}, {@code nature}, {@code membres}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + siren.hashCode();
    h += (h << 5) + nom.hashCode();
    h += (h << 5) + nature.hashCode();
    h += (h << 5) + membres.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Epci} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Epci{"
        + "siren=" + siren
        + ", nom=" + nom
        + ", nature=" + nature
        + ", membres=" + membres
        + "}";
  }

  /**
   * Creates an immutable copy of a {@link Epci} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Epci instance
   */
  public static ImmutableEpci copyOf(Epci instance) {
    if (instance instanceof ImmutableEpci) {
      return (ImmutableEpci) instance;
    }
    return ImmutableEpci.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableEpci ImmutableEpci}.
   * <pre>
   * ImmutableEpci.builder()
   *    .siren(String) // required {@link Epci#siren() siren}
   *    .nom(String) // required {@link Epci#nom() nom}
   *    .nature(fr.ctg.territoire.NatureEpci) // required {@link Epci#nature() nature}
   *    .addMembre|addAllMembres(String) // {@link Epci#membres() membres} elements
   *    .build();
   * </pre>
   * @return A new ImmutableEpci builder
   */
  public static ImmutableEpci.Builder builder() {
    return new ImmutableEpci.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableEpci ImmutableEpci}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Epci", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_SIREN = 0x1L;
    private static final long INIT_BIT_NOM = 0x2L;
    private static final long INIT_BIT_NATURE = 0x4L;
    private long initBits = 0x7L;

    private String siren;
    private String nom;
    private NatureEpci nature;
    private List<String> membres = new ArrayList<String>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Epci} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Epci instance) {
      Objects.requireNonNull(instance, "instance");
      this.siren(instance.siren());
      this.nom(instance.nom());
      this.nature(instance.nature());
      addAllMembres(instance.membres());
      return this;
    }

    /**
     * Initializes the value for the {@link Epci#siren() siren} attribute.
     * @param siren The value for siren 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder siren(String siren) {
      this.siren = Objects.requireNonNull(siren, "siren");
      initBits &= ~INIT_BIT_SIREN;
      return this;
    }

    /**
     * Initializes the value for the {@link Epci#nom() nom} attribute.
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
     * Initializes the value for the {@link Epci#nature() nature} attribute.
     * @param nature The value for nature 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nature(NatureEpci nature) {
      this.nature = Objects.requireNonNull(nature, "nature");
      initBits &= ~INIT_BIT_NATURE;
      return this;
    }

    /**
     * Adds one element to {@link Epci#membres() membres} list.
     * @param element A membres element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addMembre(String element) {
      this.membres.add(Objects.requireNonNull(element, "membres element"));
      return this;
    }

    /**
     * Adds elements to {@link Epci#membres() membres} list.
     * @param elements An array of membres elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addMembres(String... elements) {
      for (String element : elements) {
        this.membres.add(Objects.requireNonNull(element, "membres element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Epci#membres() membres} list.
     * @param elements An iterable of membres elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder membres(Iterable<String> elements) {
      this.membres.clear();
      return addAllMembres(elements);
    }

    /**
     * Adds elements to {@link Epci#membres() membres} list.
     * @param elements An iterable of membres elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllMembres(Iterable<String> elements) {
      for (String element : elements) {
        this.membres.add(Objects.requireNonNull(element, "membres element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableEpci ImmutableEpci}.
     * @return An immutable instance of Epci
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableEpci build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableEpci(siren, nom, nature, createUnmodifiableList(true, membres));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_SIREN) != 0) attributes.add("siren");
      if ((initBits & INIT_BIT_NOM) != 0) attributes.add("nom");
      if ((initBits & INIT_BIT_NATURE) != 0) attributes.add("nature");
      return "Cannot build Epci, some of required attributes are not set " + attributes;
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
