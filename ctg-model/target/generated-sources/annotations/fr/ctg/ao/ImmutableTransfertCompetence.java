package fr.ctg.ao;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link TransfertCompetence}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableTransfertCompetence.builder()}.
 */
@Generated(from = "TransfertCompetence", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableTransfertCompetence implements TransfertCompetence {
  private final String commune;
  private final Set<CompetenceAO> competences;
  private final String beneficiaire;
  private final String nomBeneficiaire;
  private final LocalDate depuis;
  private final LocalDate jusquAu;
  private final String source;

  private ImmutableTransfertCompetence(
      String commune,
      Set<CompetenceAO> competences,
      String beneficiaire,
      String nomBeneficiaire,
      LocalDate depuis,
      LocalDate jusquAu,
      String source) {
    this.commune = commune;
    this.competences = competences;
    this.beneficiaire = beneficiaire;
    this.nomBeneficiaire = nomBeneficiaire;
    this.depuis = depuis;
    this.jusquAu = jusquAu;
    this.source = source;
  }

  /**
   *INSEE code of the transferring commune. 
   */
  @Override
  public String commune() {
    return commune;
  }

  /**
   * @return The value of the {@code competences} attribute
   */
  @Override
  public Set<CompetenceAO> competences() {
    return competences;
  }

  /**
   *SIREN of the beneficiary (EPCI or syndicat mixte). 
   */
  @Override
  public String beneficiaire() {
    return beneficiaire;
  }

  /**
   *Name of the beneficiary, for reports (an EPCI's name comes from the registry when absent). 
   */
  @Override
  public Optional<String> nomBeneficiaire() {
    return Optional.ofNullable(nomBeneficiaire);
  }

  /**
   *In force from this date (inclusive). 
   */
  @Override
  public LocalDate depuis() {
    return depuis;
  }

  /**
   *In force until this date (inclusive), if it ended. 
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
   * Copy the current immutable object by setting a value for the {@link TransfertCompetence#commune() commune} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for commune
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTransfertCompetence withCommune(String value) {
    String newValue = Objects.requireNonNull(value, "commune");
    if (this.commune.equals(newValue)) return this;
    return new ImmutableTransfertCompetence(
        newValue,
        this.competences,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link TransfertCompetence#competences() competences}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTransfertCompetence withCompetences(CompetenceAO... elements) {
    Set<CompetenceAO> newValue = createUnmodifiableEnumSet(Arrays.asList(elements));
    return new ImmutableTransfertCompetence(
        this.commune,
        newValue,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link TransfertCompetence#competences() competences}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of competences elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTransfertCompetence withCompetences(Iterable<CompetenceAO> elements) {
    if (this.competences == elements) return this;
    Set<CompetenceAO> newValue = createUnmodifiableEnumSet(elements);
    return new ImmutableTransfertCompetence(
        this.commune,
        newValue,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link TransfertCompetence#beneficiaire() beneficiaire} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for beneficiaire
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTransfertCompetence withBeneficiaire(String value) {
    String newValue = Objects.requireNonNull(value, "beneficiaire");
    if (this.beneficiaire.equals(newValue)) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        newValue,
        this.nomBeneficiaire,
        this.depuis,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link TransfertCompetence#nomBeneficiaire() nomBeneficiaire} attribute.
   * @param value The value for nomBeneficiaire
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTransfertCompetence withNomBeneficiaire(String value) {
    String newValue = Objects.requireNonNull(value, "nomBeneficiaire");
    if (Objects.equals(this.nomBeneficiaire, newValue)) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        newValue,
        this.depuis,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link TransfertCompetence#nomBeneficiaire() nomBeneficiaire} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for nomBeneficiaire
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTransfertCompetence withNomBeneficiaire(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.nomBeneficiaire, value)) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        value,
        this.depuis,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link TransfertCompetence#depuis() depuis} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for depuis
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTransfertCompetence withDepuis(LocalDate value) {
    if (this.depuis == value) return this;
    LocalDate newValue = Objects.requireNonNull(value, "depuis");
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        this.nomBeneficiaire,
        newValue,
        this.jusquAu,
        this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link TransfertCompetence#jusquAu() jusquAu} attribute.
   * @param value The value for jusquAu
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTransfertCompetence withJusquAu(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "jusquAu");
    if (this.jusquAu == newValue) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        newValue,
        this.source);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link TransfertCompetence#jusquAu() jusquAu} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for jusquAu
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableTransfertCompetence withJusquAu(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.jusquAu == value) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        value,
        this.source);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link TransfertCompetence#source() source} attribute.
   * @param value The value for source
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTransfertCompetence withSource(String value) {
    String newValue = Objects.requireNonNull(value, "source");
    if (Objects.equals(this.source, newValue)) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        this.jusquAu,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link TransfertCompetence#source() source} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for source
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTransfertCompetence withSource(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.source, value)) return this;
    return new ImmutableTransfertCompetence(
        this.commune,
        this.competences,
        this.beneficiaire,
        this.nomBeneficiaire,
        this.depuis,
        this.jusquAu,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTransfertCompetence} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTransfertCompetence
        && equalsByValue((ImmutableTransfertCompetence) another);
  }

  private boolean equalsByValue(ImmutableTransfertCompetence another) {
    return commune.equals(another.commune)
        && competences.equals(another.competences)
        && beneficiaire.equals(another.beneficiaire)
        && Objects.equals(nomBeneficiaire, another.nomBeneficiaire)
        && depuis.equals(another.depuis)
        && Objects.equals(jusquAu, another.jusquAu)
        && Objects.equals(source, another.source);
  }

  /**
   * Computes a hash code from attributes: {@code commune}, {@code competences}, {@code beneficiaire}, {@code nomBeneficiaire}, {@code depuis}, {@code jusquAu}, {@code source}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + commune.hashCode();
    h += (h << 5) + competences.hashCode();
    h += (h << 5) + beneficiaire.hashCode();
    h += (h << 5) + Objects.hashCode(nomBeneficiaire);
    h += (h << 5) + depuis.hashCode();
    h += (h << 5) + Objects.hashCode(jusquAu);
    h += (h << 5) + Objects.hashCode(source);
    return h;
  }

  /**
   * Prints the immutable value {@code TransfertCompetence} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("TransfertCompetence{");
    builder.append("commune=").append(commune);
    builder.append(", ");
    builder.append("competences=").append(competences);
    builder.append(", ");
    builder.append("beneficiaire=").append(beneficiaire);
    if (nomBeneficiaire != null) {
      builder.append(", ");
      builder.append("nomBeneficiaire=").append(nomBeneficiaire);
    }
    builder.append(", ");
    builder.append("depuis=").append(depuis);
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
   * Creates an immutable copy of a {@link TransfertCompetence} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable TransfertCompetence instance
   */
  public static ImmutableTransfertCompetence copyOf(TransfertCompetence instance) {
    if (instance instanceof ImmutableTransfertCompetence) {
      return (ImmutableTransfertCompetence) instance;
    }
    return ImmutableTransfertCompetence.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableTransfertCompetence ImmutableTransfertCompetence}.
   * <pre>
   * ImmutableTransfertCompetence.builder()
   *    .commune(String) // required {@link TransfertCompetence#commune() commune}
   *    .addCompetence|addAllCompetences(fr.ctg.ao.CompetenceAO) // {@link TransfertCompetence#competences() competences} elements
   *    .beneficiaire(String) // required {@link TransfertCompetence#beneficiaire() beneficiaire}
   *    .nomBeneficiaire(Optional&lt;String&gt;) // optional {@link TransfertCompetence#nomBeneficiaire() nomBeneficiaire}
   *    .depuis(java.time.LocalDate) // required {@link TransfertCompetence#depuis() depuis}
   *    .jusquAu(Optional&lt;java.time.LocalDate&gt;) // optional {@link TransfertCompetence#jusquAu() jusquAu}
   *    .source(Optional&lt;String&gt;) // optional {@link TransfertCompetence#source() source}
   *    .build();
   * </pre>
   * @return A new ImmutableTransfertCompetence builder
   */
  public static ImmutableTransfertCompetence.Builder builder() {
    return new ImmutableTransfertCompetence.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableTransfertCompetence ImmutableTransfertCompetence}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "TransfertCompetence", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_COMMUNE = 0x1L;
    private static final long INIT_BIT_BENEFICIAIRE = 0x2L;
    private static final long INIT_BIT_DEPUIS = 0x4L;
    private long initBits = 0x7L;

    private String commune;
    private EnumSet<CompetenceAO> competences = EnumSet.noneOf(CompetenceAO.class);
    private String beneficiaire;
    private String nomBeneficiaire;
    private LocalDate depuis;
    private LocalDate jusquAu;
    private String source;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code TransfertCompetence} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(TransfertCompetence instance) {
      Objects.requireNonNull(instance, "instance");
      this.commune(instance.commune());
      addAllCompetences(instance.competences());
      this.beneficiaire(instance.beneficiaire());
      Optional<String> nomBeneficiaireOptional = instance.nomBeneficiaire();
      if (nomBeneficiaireOptional.isPresent()) {
        nomBeneficiaire(nomBeneficiaireOptional);
      }
      this.depuis(instance.depuis());
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
     * Initializes the value for the {@link TransfertCompetence#commune() commune} attribute.
     * @param commune The value for commune 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder commune(String commune) {
      this.commune = Objects.requireNonNull(commune, "commune");
      initBits &= ~INIT_BIT_COMMUNE;
      return this;
    }

    /**
     * Adds one element to {@link TransfertCompetence#competences() competences} set.
     * @param element A competences element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addCompetence(CompetenceAO element) {
      this.competences.add(Objects.requireNonNull(element, "competences element"));
      return this;
    }

    /**
     * Adds elements to {@link TransfertCompetence#competences() competences} set.
     * @param elements An array of competences elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addCompetences(CompetenceAO... elements) {
      for (CompetenceAO element : elements) {
        this.competences.add(Objects.requireNonNull(element, "competences element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link TransfertCompetence#competences() competences} set.
     * @param elements An iterable of competences elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder competences(Iterable<CompetenceAO> elements) {
      this.competences.clear();
      return addAllCompetences(elements);
    }

    /**
     * Adds elements to {@link TransfertCompetence#competences() competences} set.
     * @param elements An iterable of competences elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllCompetences(Iterable<CompetenceAO> elements) {
      for (CompetenceAO element : elements) {
        this.competences.add(Objects.requireNonNull(element, "competences element"));
      }
      return this;
    }

    /**
     * Initializes the value for the {@link TransfertCompetence#beneficiaire() beneficiaire} attribute.
     * @param beneficiaire The value for beneficiaire 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder beneficiaire(String beneficiaire) {
      this.beneficiaire = Objects.requireNonNull(beneficiaire, "beneficiaire");
      initBits &= ~INIT_BIT_BENEFICIAIRE;
      return this;
    }

    /**
     * Initializes the optional value {@link TransfertCompetence#nomBeneficiaire() nomBeneficiaire} to nomBeneficiaire.
     * @param nomBeneficiaire The value for nomBeneficiaire
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nomBeneficiaire(String nomBeneficiaire) {
      this.nomBeneficiaire = Objects.requireNonNull(nomBeneficiaire, "nomBeneficiaire");
      return this;
    }

    /**
     * Initializes the optional value {@link TransfertCompetence#nomBeneficiaire() nomBeneficiaire} to nomBeneficiaire.
     * @param nomBeneficiaire The value for nomBeneficiaire
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nomBeneficiaire(Optional<String> nomBeneficiaire) {
      this.nomBeneficiaire = nomBeneficiaire.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link TransfertCompetence#depuis() depuis} attribute.
     * @param depuis The value for depuis 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder depuis(LocalDate depuis) {
      this.depuis = Objects.requireNonNull(depuis, "depuis");
      initBits &= ~INIT_BIT_DEPUIS;
      return this;
    }

    /**
     * Initializes the optional value {@link TransfertCompetence#jusquAu() jusquAu} to jusquAu.
     * @param jusquAu The value for jusquAu
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder jusquAu(LocalDate jusquAu) {
      this.jusquAu = Objects.requireNonNull(jusquAu, "jusquAu");
      return this;
    }

    /**
     * Initializes the optional value {@link TransfertCompetence#jusquAu() jusquAu} to jusquAu.
     * @param jusquAu The value for jusquAu
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder jusquAu(Optional<? extends LocalDate> jusquAu) {
      this.jusquAu = jusquAu.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link TransfertCompetence#source() source} to source.
     * @param source The value for source
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Initializes the optional value {@link TransfertCompetence#source() source} to source.
     * @param source The value for source
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder source(Optional<String> source) {
      this.source = source.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ImmutableTransfertCompetence ImmutableTransfertCompetence}.
     * @return An immutable instance of TransfertCompetence
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableTransfertCompetence build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableTransfertCompetence(
          commune,
          createUnmodifiableEnumSet(competences),
          beneficiaire,
          nomBeneficiaire,
          depuis,
          jusquAu,
          source);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_COMMUNE) != 0) attributes.add("commune");
      if ((initBits & INIT_BIT_BENEFICIAIRE) != 0) attributes.add("beneficiaire");
      if ((initBits & INIT_BIT_DEPUIS) != 0) attributes.add("depuis");
      return "Cannot build TransfertCompetence, some of required attributes are not set " + attributes;
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

  @SuppressWarnings("unchecked")
  private static <T extends Enum<T>> Set<T> createUnmodifiableEnumSet(Iterable<? extends T> iterable) {
    if (iterable instanceof EnumSet<?>) {
      return Collections.unmodifiableSet(EnumSet.copyOf((EnumSet<T>) iterable));
    }
    List<T> list = createSafeList(iterable, true, false);
    switch(list.size()) {
    case 0: return Collections.emptySet();
    case 1: return Collections.singleton(list.get(0));
    default: return Collections.unmodifiableSet(EnumSet.copyOf(list));
    }
  }
}
