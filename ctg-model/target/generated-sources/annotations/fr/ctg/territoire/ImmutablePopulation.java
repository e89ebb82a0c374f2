package fr.ctg.territoire;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Population}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePopulation.builder()}.
 */
@Generated(from = "Population", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutablePopulation implements Population {
  private final Long municipale;
  private final Long compteeAPart;
  private final Long totale;
  private final LocalDate enVigueurDu;
  private final LocalDate enVigueurAu;
  private final String source;

  private ImmutablePopulation(
      Long municipale,
      Long compteeAPart,
      Long totale,
      LocalDate enVigueurDu,
      LocalDate enVigueurAu,
      String source) {
    this.municipale = municipale;
    this.compteeAPart = compteeAPart;
    this.totale = totale;
    this.enVigueurDu = enVigueurDu;
    this.enVigueurAu = enVigueurAu;
    this.source = source;
  }

  /**
   * @return The value of the {@code municipale} attribute
   */
  @Override
  public OptionalLong municipale() {
    return municipale != null
        ? OptionalLong.of(municipale)
        : OptionalLong.empty();
  }

  /**
   * @return The value of the {@code compteeAPart} attribute
   */
  @Override
  public OptionalLong compteeAPart() {
    return compteeAPart != null
        ? OptionalLong.of(compteeAPart)
        : OptionalLong.empty();
  }

  /**
   * @return The value of the {@code totale} attribute
   */
  @Override
  public OptionalLong totale() {
    return totale != null
        ? OptionalLong.of(totale)
        : OptionalLong.empty();
  }

  /**
   * @return The value of the {@code enVigueurDu} attribute
   */
  @Override
  public Optional<LocalDate> enVigueurDu() {
    return Optional.ofNullable(enVigueurDu);
  }

  /**
   * @return The value of the {@code enVigueurAu} attribute
   */
  @Override
  public Optional<LocalDate> enVigueurAu() {
    return Optional.ofNullable(enVigueurAu);
  }

  /**
   *Where the figures come from, in words a reader can check. 
   */
  @Override
  public String source() {
    return source;
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Population#municipale() municipale} attribute.
   * @param value The value for municipale
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withMunicipale(long value) {
    Long newValue = value;
    if (Objects.equals(this.municipale, newValue)) return this;
    return validate(new ImmutablePopulation(newValue, this.compteeAPart, this.totale, this.enVigueurDu, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Population#municipale() municipale} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for municipale
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withMunicipale(OptionalLong optional) {
    Long value = optional.isPresent() ? optional.getAsLong() : null;
    if (Objects.equals(this.municipale, value)) return this;
    return validate(new ImmutablePopulation(value, this.compteeAPart, this.totale, this.enVigueurDu, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Population#compteeAPart() compteeAPart} attribute.
   * @param value The value for compteeAPart
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withCompteeAPart(long value) {
    Long newValue = value;
    if (Objects.equals(this.compteeAPart, newValue)) return this;
    return validate(new ImmutablePopulation(this.municipale, newValue, this.totale, this.enVigueurDu, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Population#compteeAPart() compteeAPart} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for compteeAPart
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withCompteeAPart(OptionalLong optional) {
    Long value = optional.isPresent() ? optional.getAsLong() : null;
    if (Objects.equals(this.compteeAPart, value)) return this;
    return validate(new ImmutablePopulation(this.municipale, value, this.totale, this.enVigueurDu, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Population#totale() totale} attribute.
   * @param value The value for totale
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withTotale(long value) {
    Long newValue = value;
    if (Objects.equals(this.totale, newValue)) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, newValue, this.enVigueurDu, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Population#totale() totale} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for totale
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withTotale(OptionalLong optional) {
    Long value = optional.isPresent() ? optional.getAsLong() : null;
    if (Objects.equals(this.totale, value)) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, value, this.enVigueurDu, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Population#enVigueurDu() enVigueurDu} attribute.
   * @param value The value for enVigueurDu
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withEnVigueurDu(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "enVigueurDu");
    if (this.enVigueurDu == newValue) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, this.totale, newValue, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Population#enVigueurDu() enVigueurDu} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for enVigueurDu
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePopulation withEnVigueurDu(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.enVigueurDu == value) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, this.totale, value, this.enVigueurAu, this.source));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Population#enVigueurAu() enVigueurAu} attribute.
   * @param value The value for enVigueurAu
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePopulation withEnVigueurAu(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "enVigueurAu");
    if (this.enVigueurAu == newValue) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, this.totale, this.enVigueurDu, newValue, this.source));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Population#enVigueurAu() enVigueurAu} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for enVigueurAu
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePopulation withEnVigueurAu(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.enVigueurAu == value) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, this.totale, this.enVigueurDu, value, this.source));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Population#source() source} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for source
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePopulation withSource(String value) {
    String newValue = Objects.requireNonNull(value, "source");
    if (this.source.equals(newValue)) return this;
    return validate(new ImmutablePopulation(this.municipale, this.compteeAPart, this.totale, this.enVigueurDu, this.enVigueurAu, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePopulation} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePopulation
        && equalsByValue((ImmutablePopulation) another);
  }

  private boolean equalsByValue(ImmutablePopulation another) {
    return Objects.equals(municipale, another.municipale)
        && Objects.equals(compteeAPart, another.compteeAPart)
        && Objects.equals(totale, another.totale)
        && Objects.equals(enVigueurDu, another.enVigueurDu)
        && Objects.equals(enVigueurAu, another.enVigueurAu)
        && source.equals(another.source);
  }

  /**
   * Computes a hash code from attributes: {@code municipale}, {@code compteeAPart}, {@code totale}, {@code enVigueurDu}, {@code enVigueurAu}, {@code source}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + Objects.hashCode(municipale);
    h += (h << 5) + Objects.hashCode(compteeAPart);
    h += (h << 5) + Objects.hashCode(totale);
    h += (h << 5) + Objects.hashCode(enVigueurDu);
    h += (h << 5) + Objects.hashCode(enVigueurAu);
    h += (h << 5) + source.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Population} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Population{");
    if (municipale != null) {
      builder.append("municipale=").append(municipale);
    }
    if (compteeAPart != null) {
      if (builder.length() > 11) builder.append(", ");
      builder.append("compteeAPart=").append(compteeAPart);
    }
    if (totale != null) {
      if (builder.length() > 11) builder.append(", ");
      builder.append("totale=").append(totale);
    }
    if (enVigueurDu != null) {
      if (builder.length() > 11) builder.append(", ");
      builder.append("enVigueurDu=").append(enVigueurDu);
    }
    if (enVigueurAu != null) {
      if (builder.length() > 11) builder.append(", ");
      builder.append("enVigueurAu=").append(enVigueurAu);
    }
    if (builder.length() > 11) builder.append(", ");
    builder.append("source=").append(source);
    return builder.append("}").toString();
  }

  private static ImmutablePopulation validate(ImmutablePopulation instance) {
    instance.verifier();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Population} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Population instance
   */
  public static ImmutablePopulation copyOf(Population instance) {
    if (instance instanceof ImmutablePopulation) {
      return (ImmutablePopulation) instance;
    }
    return ImmutablePopulation.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutablePopulation ImmutablePopulation}.
   * <pre>
   * ImmutablePopulation.builder()
   *    .municipale(OptionalLong) // optional {@link Population#municipale() municipale}
   *    .compteeAPart(OptionalLong) // optional {@link Population#compteeAPart() compteeAPart}
   *    .totale(OptionalLong) // optional {@link Population#totale() totale}
   *    .enVigueurDu(Optional&lt;java.time.LocalDate&gt;) // optional {@link Population#enVigueurDu() enVigueurDu}
   *    .enVigueurAu(Optional&lt;java.time.LocalDate&gt;) // optional {@link Population#enVigueurAu() enVigueurAu}
   *    .source(String) // required {@link Population#source() source}
   *    .build();
   * </pre>
   * @return A new ImmutablePopulation builder
   */
  public static ImmutablePopulation.Builder builder() {
    return new ImmutablePopulation.Builder();
  }

  /**
   * Builds instances of type {@link ImmutablePopulation ImmutablePopulation}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Population", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_SOURCE = 0x1L;
    private long initBits = 0x1L;

    private Long municipale;
    private Long compteeAPart;
    private Long totale;
    private LocalDate enVigueurDu;
    private LocalDate enVigueurAu;
    private String source;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Population} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Population instance) {
      Objects.requireNonNull(instance, "instance");
      OptionalLong municipaleOptional = instance.municipale();
      if (municipaleOptional.isPresent()) {
        municipale(municipaleOptional);
      }
      OptionalLong compteeAPartOptional = instance.compteeAPart();
      if (compteeAPartOptional.isPresent()) {
        compteeAPart(compteeAPartOptional);
      }
      OptionalLong totaleOptional = instance.totale();
      if (totaleOptional.isPresent()) {
        totale(totaleOptional);
      }
      Optional<LocalDate> enVigueurDuOptional = instance.enVigueurDu();
      if (enVigueurDuOptional.isPresent()) {
        enVigueurDu(enVigueurDuOptional);
      }
      Optional<LocalDate> enVigueurAuOptional = instance.enVigueurAu();
      if (enVigueurAuOptional.isPresent()) {
        enVigueurAu(enVigueurAuOptional);
      }
      this.source(instance.source());
      return this;
    }

    /**
     * Initializes the optional value {@link Population#municipale() municipale} to municipale.
     * @param municipale The value for municipale
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder municipale(long municipale) {
      this.municipale = municipale;
      return this;
    }

    /**
     * Initializes the optional value {@link Population#municipale() municipale} to municipale.
     * @param municipale The value for municipale
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder municipale(OptionalLong municipale) {
      this.municipale = municipale.isPresent() ? municipale.getAsLong() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link Population#compteeAPart() compteeAPart} to compteeAPart.
     * @param compteeAPart The value for compteeAPart
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder compteeAPart(long compteeAPart) {
      this.compteeAPart = compteeAPart;
      return this;
    }

    /**
     * Initializes the optional value {@link Population#compteeAPart() compteeAPart} to compteeAPart.
     * @param compteeAPart The value for compteeAPart
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder compteeAPart(OptionalLong compteeAPart) {
      this.compteeAPart = compteeAPart.isPresent() ? compteeAPart.getAsLong() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link Population#totale() totale} to totale.
     * @param totale The value for totale
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder totale(long totale) {
      this.totale = totale;
      return this;
    }

    /**
     * Initializes the optional value {@link Population#totale() totale} to totale.
     * @param totale The value for totale
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder totale(OptionalLong totale) {
      this.totale = totale.isPresent() ? totale.getAsLong() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link Population#enVigueurDu() enVigueurDu} to enVigueurDu.
     * @param enVigueurDu The value for enVigueurDu
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder enVigueurDu(LocalDate enVigueurDu) {
      this.enVigueurDu = Objects.requireNonNull(enVigueurDu, "enVigueurDu");
      return this;
    }

    /**
     * Initializes the optional value {@link Population#enVigueurDu() enVigueurDu} to enVigueurDu.
     * @param enVigueurDu The value for enVigueurDu
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder enVigueurDu(Optional<? extends LocalDate> enVigueurDu) {
      this.enVigueurDu = enVigueurDu.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Population#enVigueurAu() enVigueurAu} to enVigueurAu.
     * @param enVigueurAu The value for enVigueurAu
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder enVigueurAu(LocalDate enVigueurAu) {
      this.enVigueurAu = Objects.requireNonNull(enVigueurAu, "enVigueurAu");
      return this;
    }

    /**
     * Initializes the optional value {@link Population#enVigueurAu() enVigueurAu} to enVigueurAu.
     * @param enVigueurAu The value for enVigueurAu
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder enVigueurAu(Optional<? extends LocalDate> enVigueurAu) {
      this.enVigueurAu = enVigueurAu.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Population#source() source} attribute.
     * @param source The value for source 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      initBits &= ~INIT_BIT_SOURCE;
      return this;
    }

    /**
     * Builds a new {@link ImmutablePopulation ImmutablePopulation}.
     * @return An immutable instance of Population
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutablePopulation build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutablePopulation.validate(new ImmutablePopulation(municipale, compteeAPart, totale, enVigueurDu, enVigueurAu, source));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_SOURCE) != 0) attributes.add("source");
      return "Cannot build Population, some of required attributes are not set " + attributes;
    }
  }
}
