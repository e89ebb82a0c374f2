package fr.ctg.ao;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Rpe}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRpe.builder()}.
 */
@Generated(from = "Rpe", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableRpe implements Rpe {
  private final String id;
  private final String nom;
  private final String gestionnaire;
  private final Set<String> communes;
  private final LocalDate depuis;
  private final LocalDate jusquAu;
  private final String source;

  private ImmutableRpe(
      String id,
      String nom,
      String gestionnaire,
      Set<String> communes,
      LocalDate depuis,
      LocalDate jusquAu,
      String source) {
    this.id = id;
    this.nom = nom;
    this.gestionnaire = gestionnaire;
    this.communes = communes;
    this.depuis = depuis;
    this.jusquAu = jusquAu;
    this.source = source;
  }

  /**
   *Identifier, unique within a coverage file. 
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * @return The value of the {@code nom} attribute
   */
  @Override
  public String nom() {
    return nom;
  }

  /**
   *Who runs it (commune, CCAS, SIVOM, EPCI, association...). 
   */
  @Override
  public Optional<String> gestionnaire() {
    return Optional.ofNullable(gestionnaire);
  }

  /**
   *INSEE codes of the covered communes. 
   */
  @Override
  public Set<String> communes() {
    return communes;
  }

  /**
   *Open from (inclusive), when known; unknown means "open on every evaluated date". 
   */
  @Override
  public Optional<LocalDate> depuis() {
    return Optional.ofNullable(depuis);
  }

  /**
   * @return The value of the {@code jusquAu} attribute
   */
  @Override
  public Optional<LocalDate> jusquAu() {
    return Optional.ofNullable(jusquAu);
  }

  /**
   * @return The value of the {@code source} attribute
   */
  @Override
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Rpe#id() id} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRpe withId(String value) {
    String newValue = Objects.requireNonNull(value, "id");
    if (this.id.equals(newValue)) return this;
    return new ImmutableRpe(newValue, this.nom, this.gestionnaire, this.communes, this.depuis, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Rpe#nom() nom} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nom
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRpe withNom(String value) {
    String newValue = Objects.requireNonNull(value, "nom");
    if (this.nom.equals(newValue)) return this;
    return new ImmutableRpe(this.id, newValue, this.gestionnaire, this.communes, this.depuis, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Rpe#gestionnaire() gestionnaire} attribute.
   * @param value The value for gestionnaire
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withGestionnaire(String value) {
    String newValue = Objects.requireNonNull(value, "gestionnaire");
    if (Objects.equals(this.gestionnaire, newValue)) return this;
    return new ImmutableRpe(this.id, this.nom, newValue, this.communes, this.depuis, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Rpe#gestionnaire() gestionnaire} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for gestionnaire
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withGestionnaire(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.gestionnaire, value)) return this;
    return new ImmutableRpe(this.id, this.nom, value, this.communes, this.depuis, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Rpe#communes() communes}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRpe withCommunes(String... elements) {
    Set<String> newValue = createUnmodifiableSet(createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, newValue, this.depuis, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Rpe#communes() communes}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of communes elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withCommunes(Iterable<String> elements) {
    if (this.communes == elements) return this;
    Set<String> newValue = createUnmodifiableSet(createSafeList(elements, true, false));
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, newValue, this.depuis, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Rpe#depuis() depuis} attribute.
   * @param value The value for depuis
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withDepuis(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "depuis");
    if (this.depuis == newValue) return this;
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, this.communes, newValue, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Rpe#depuis() depuis} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for depuis
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRpe withDepuis(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.depuis == value) return this;
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, this.communes, value, this.jusquAu, this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Rpe#jusquAu() jusquAu} attribute.
   * @param value The value for jusquAu
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withJusquAu(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "jusquAu");
    if (this.jusquAu == newValue) return this;
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, this.communes, this.depuis, newValue, this.source);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Rpe#jusquAu() jusquAu} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for jusquAu
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRpe withJusquAu(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.jusquAu == value) return this;
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, this.communes, this.depuis, value, this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Rpe#source() source} attribute.
   * @param value The value for source
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withSource(String value) {
    String newValue = Objects.requireNonNull(value, "source");
    if (Objects.equals(this.source, newValue)) return this;
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, this.communes, this.depuis, this.jusquAu, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Rpe#source() source} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for source
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRpe withSource(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.source, value)) return this;
    return new ImmutableRpe(this.id, this.nom, this.gestionnaire, this.communes, this.depuis, this.jusquAu, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRpe} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRpe
        && equalsByValue((ImmutableRpe) another);
  }

  private boolean equalsByValue(ImmutableRpe another) {
    return id.equals(another.id)
        && nom.equals(another.nom)
        && Objects.equals(gestionnaire, another.gestionnaire)
        && communes.equals(another.communes)
        && Objects.equals(depuis, another.depuis)
        && Objects.equals(jusquAu, another.jusquAu)
        && Objects.equals(source, another.source);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code nom}, {@code gestionnaire}, {@code communes}, {@code depuis}, {@code jusquAu}, {@code source}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + nom.hashCode();
    h += (h << 5) + Objects.hashCode(gestionnaire);
    h += (h << 5) + communes.hashCode();
    h += (h << 5) + Objects.hashCode(depuis);
    h += (h << 5) + Objects.hashCode(jusquAu);
    h += (h << 5) + Objects.hashCode(source);
    return h;
  }

  /**
   * Prints the immutable value {@code Rpe} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Rpe{");
    builder.append("id=").append(id);
    builder.append(", ");
    builder.append("nom=").append(nom);
    if (gestionnaire != null) {
      builder.append(", ");
      builder.append("gestionnaire=").append(gestionnaire);
    }
    builder.append(", ");
    builder.append("communes=").append(communes);
    if (depuis != null) {
      builder.append(", ");
      builder.append("depuis=").append(depuis);
    }
    if (jusquAu != null) {
      builder.append(", ");
      builder.append("jusquAu=").append(jusquAu);
    }
    if (source != null) {
      builder.append(", ");
      builder.append("source=").append(source);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Rpe} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Rpe instance
   */
  public static ImmutableRpe copyOf(Rpe instance) {
    if (instance instanceof ImmutableRpe) {
      return (ImmutableRpe) instance;
    }
    return ImmutableRpe.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableRpe ImmutableRpe}.
   * <pre>
   * ImmutableRpe.builder()
   *    .id(String) // required {@link Rpe#id() id}
   *    .nom(String) // required {@link Rpe#nom() nom}
   *    .gestionnaire(Optional&lt;String&gt;) // optional {@link Rpe#gestionnaire() gestionnaire}
   *    .addCommune|addAllCommunes(String) // {@link Rpe#communes() communes} elements
   *    .depuis(Optional&lt;java.time.LocalDate&gt;) // optional {@link Rpe#depuis() depuis}
   *    .jusquAu(Optional&lt;java.time.LocalDate&gt;) // optional {@link Rpe#jusquAu() jusquAu}
   *    .source(Optional&lt;String&gt;) // optional {@link Rpe#source() source}
   *    .build();
   * </pre>
   * @return A new ImmutableRpe builder
   */
  public static ImmutableRpe.Builder builder() {
    return new ImmutableRpe.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableRpe ImmutableRpe}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Rpe", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_NOM = 0x2L;
    private long initBits = 0x3L;

    private String id;
    private String nom;
    private String gestionnaire;
    private List<String> communes = new ArrayList<String>();
    private LocalDate depuis;
    private LocalDate jusquAu;
    private String source;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Rpe} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Rpe instance) {
      Objects.requireNonNull(instance, "instance");
      this.id(instance.id());
      this.nom(instance.nom());
      Optional<String> gestionnaireOptional = instance.gestionnaire();
      if (gestionnaireOptional.isPresent()) {
        gestionnaire(gestionnaireOptional);
      }
      addAllCommunes(instance.communes());
      Optional<LocalDate> depuisOptional = instance.depuis();
      if (depuisOptional.isPresent()) {
        depuis(depuisOptional);
      }
      Optional<LocalDate> jusquAuOptional = instance.jusquAu();
      if (jusquAuOptional.isPresent()) {
        jusquAu(jusquAuOptional);
      }
      Optional<String> sourceOptional = instance.source();
      if (sourceOptional.isPresent()) {
        source(sourceOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Rpe#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Rpe#nom() nom} attribute.
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
     * Initializes the optional value {@link Rpe#gestionnaire() gestionnaire} to gestionnaire.
     * @param gestionnaire The value for gestionnaire
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder gestionnaire(String gestionnaire) {
      this.gestionnaire = Objects.requireNonNull(gestionnaire, "gestionnaire");
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#gestionnaire() gestionnaire} to gestionnaire.
     * @param gestionnaire The value for gestionnaire
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder gestionnaire(Optional<String> gestionnaire) {
      this.gestionnaire = gestionnaire.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Rpe#communes() communes} set.
     * @param element A communes element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addCommune(String element) {
      this.communes.add(Objects.requireNonNull(element, "communes element"));
      return this;
    }

    /**
     * Adds elements to {@link Rpe#communes() communes} set.
     * @param elements An array of communes elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addCommunes(String... elements) {
      for (String element : elements) {
        this.communes.add(Objects.requireNonNull(element, "communes element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Rpe#communes() communes} set.
     * @param elements An iterable of communes elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder communes(Iterable<String> elements) {
      this.communes.clear();
      return addAllCommunes(elements);
    }

    /**
     * Adds elements to {@link Rpe#communes() communes} set.
     * @param elements An iterable of communes elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllCommunes(Iterable<String> elements) {
      for (String element : elements) {
        this.communes.add(Objects.requireNonNull(element, "communes element"));
      }
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#depuis() depuis} to depuis.
     * @param depuis The value for depuis
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder depuis(LocalDate depuis) {
      this.depuis = Objects.requireNonNull(depuis, "depuis");
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#depuis() depuis} to depuis.
     * @param depuis The value for depuis
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder depuis(Optional<? extends LocalDate> depuis) {
      this.depuis = depuis.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#jusquAu() jusquAu} to jusquAu.
     * @param jusquAu The value for jusquAu
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder jusquAu(LocalDate jusquAu) {
      this.jusquAu = Objects.requireNonNull(jusquAu, "jusquAu");
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#jusquAu() jusquAu} to jusquAu.
     * @param jusquAu The value for jusquAu
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder jusquAu(Optional<? extends LocalDate> jusquAu) {
      this.jusquAu = jusquAu.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#source() source} to source.
     * @param source The value for source
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Initializes the optional value {@link Rpe#source() source} to source.
     * @param source The value for source
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder source(Optional<String> source) {
      this.source = source.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ImmutableRpe ImmutableRpe}.
     * @return An immutable instance of Rpe
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableRpe build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableRpe(id, nom, gestionnaire, createUnmodifiableSet(communes), depuis, jusquAu, source);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_ID) != 0) attributes.add("id");
      if ((initBits & INIT_BIT_NOM) != 0) attributes.add("nom");
      return "Cannot build Rpe, some of required attributes are not set " + attributes;
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

  /** Unmodifiable set constructed from list to avoid rehashing. */
  private static <T> Set<T> createUnmodifiableSet(List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptySet();
    case 1: return Collections.singleton(list.get(0));
    default:
      Set<T> set = new LinkedHashSet<>(list.size() * 4 / 3 + 1);
      set.addAll(list);
      return Collections.unmodifiableSet(set);
    }
  }
}
