package fr.ctg.parametres;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ValeurParametre}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableValeurParametre.builder()}.
 */
@Generated(from = "ValeurParametre", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableValeurParametre implements ValeurParametre {
  private final LocalDate depuis;
  private final LocalDate jusquAu;
  private final BigDecimal nombre;
  private final LocalDate date;
  private final String texte;
  private final Reference reference;

  private ImmutableValeurParametre(
      LocalDate depuis,
      LocalDate jusquAu,
      BigDecimal nombre,
      LocalDate date,
      String texte,
      Reference reference) {
    this.depuis = depuis;
    this.jusquAu = jusquAu;
    this.nombre = nombre;
    this.date = date;
    this.texte = texte;
    this.reference = reference;
  }

  /**
   * @return The value of the {@code depuis} attribute
   */
  @Override
  public LocalDate depuis() {
    return depuis;
  }

  /**
   * @return The value of the {@code jusquAu} attribute
   */
  @Override
  public Optional<LocalDate> jusquAu() {
    return Optional.ofNullable(jusquAu);
  }

  /**
   * @return The value of the {@code nombre} attribute
   */
  @Override
  public Optional<BigDecimal> nombre() {
    return Optional.ofNullable(nombre);
  }

  /**
   * @return The value of the {@code date} attribute
   */
  @Override
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * @return The value of the {@code texte} attribute
   */
  @Override
  public Optional<String> texte() {
    return Optional.ofNullable(texte);
  }

  /**
   *Mandatory: a value without its legal reference is refused. 
   */
  @Override
  public Reference reference() {
    return reference;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ValeurParametre#depuis() depuis} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for depuis
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableValeurParametre withDepuis(LocalDate value) {
    if (this.depuis == value) return this;
    LocalDate newValue = Objects.requireNonNull(value, "depuis");
    return validate(new ImmutableValeurParametre(newValue, this.jusquAu, this.nombre, this.date, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ValeurParametre#jusquAu() jusquAu} attribute.
   * @param value The value for jusquAu
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableValeurParametre withJusquAu(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "jusquAu");
    if (this.jusquAu == newValue) return this;
    return validate(new ImmutableValeurParametre(this.depuis, newValue, this.nombre, this.date, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ValeurParametre#jusquAu() jusquAu} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for jusquAu
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableValeurParametre withJusquAu(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.jusquAu == value) return this;
    return validate(new ImmutableValeurParametre(this.depuis, value, this.nombre, this.date, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ValeurParametre#nombre() nombre} attribute.
   * @param value The value for nombre
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableValeurParametre withNombre(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "nombre");
    if (Objects.equals(this.nombre, newValue)) return this;
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, newValue, this.date, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ValeurParametre#nombre() nombre} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for nombre
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableValeurParametre withNombre(Optional<? extends BigDecimal> optional) {
    BigDecimal value = optional.orElse(null);
    if (Objects.equals(this.nombre, value)) return this;
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, value, this.date, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ValeurParametre#date() date} attribute.
   * @param value The value for date
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableValeurParametre withDate(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "date");
    if (this.date == newValue) return this;
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, this.nombre, newValue, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ValeurParametre#date() date} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for date
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableValeurParametre withDate(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.date == value) return this;
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, this.nombre, value, this.texte, this.reference));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ValeurParametre#texte() texte} attribute.
   * @param value The value for texte
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableValeurParametre withTexte(String value) {
    String newValue = Objects.requireNonNull(value, "texte");
    if (Objects.equals(this.texte, newValue)) return this;
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, this.nombre, this.date, newValue, this.reference));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ValeurParametre#texte() texte} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for texte
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableValeurParametre withTexte(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.texte, value)) return this;
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, this.nombre, this.date, value, this.reference));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ValeurParametre#reference() reference} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for reference
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableValeurParametre withReference(Reference value) {
    if (this.reference == value) return this;
    Reference newValue = Objects.requireNonNull(value, "reference");
    return validate(new ImmutableValeurParametre(this.depuis, this.jusquAu, this.nombre, this.date, this.texte, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableValeurParametre} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableValeurParametre
        && equalsByValue((ImmutableValeurParametre) another);
  }

  private boolean equalsByValue(ImmutableValeurParametre another) {
    return depuis.equals(another.depuis)
        && Objects.equals(jusquAu, another.jusquAu)
        && Objects.equals(nombre, another.nombre)
        && Objects.equals(date, another.date)
        && Objects.equals(texte, another.texte)
        && reference.equals(another.reference);
  }

  /**
   * Computes a hash code from attributes: {@code depuis}, {@code jusquAu}, {@code nombre}, {@code date}, {@code texte}, {@code reference}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + depuis.hashCode();
    h += (h << 5) + Objects.hashCode(jusquAu);
    h += (h << 5) + Objects.hashCode(nombre);
    h += (h << 5) + Objects.hashCode(date);
    h += (h << 5) + Objects.hashCode(texte);
    h += (h << 5) + reference.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code ValeurParametre} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("ValeurParametre{");
    builder.append("depuis=").append(depuis);
    if (jusquAu != null) {
      builder.append(", ");
      builder.append("jusquAu=").append(jusquAu);
    }
    if (nombre != null) {
      builder.append(", ");
      builder.append("nombre=").append(nombre);
    }
    if (date != null) {
      builder.append(", ");
      builder.append("date=").append(date);
    }
    if (texte != null) {
      builder.append(", ");
      builder.append("texte=").append(texte);
    }
    builder.append(", ");
    builder.append("reference=").append(reference);
    return builder.append("}").toString();
  }

  private static ImmutableValeurParametre validate(ImmutableValeurParametre instance) {
    instance.verifier();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link ValeurParametre} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ValeurParametre instance
   */
  public static ImmutableValeurParametre copyOf(ValeurParametre instance) {
    if (instance instanceof ImmutableValeurParametre) {
      return (ImmutableValeurParametre) instance;
    }
    return ImmutableValeurParametre.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableValeurParametre ImmutableValeurParametre}.
   * <pre>
   * ImmutableValeurParametre.builder()
   *    .depuis(java.time.LocalDate) // required {@link ValeurParametre#depuis() depuis}
   *    .jusquAu(Optional&lt;java.time.LocalDate&gt;) // optional {@link ValeurParametre#jusquAu() jusquAu}
   *    .nombre(Optional&lt;java.math.BigDecimal&gt;) // optional {@link ValeurParametre#nombre() nombre}
   *    .date(Optional&lt;java.time.LocalDate&gt;) // optional {@link ValeurParametre#date() date}
   *    .texte(Optional&lt;String&gt;) // optional {@link ValeurParametre#texte() texte}
   *    .reference(fr.ctg.parametres.Reference) // required {@link ValeurParametre#reference() reference}
   *    .build();
   * </pre>
   * @return A new ImmutableValeurParametre builder
   */
  public static ImmutableValeurParametre.Builder builder() {
    return new ImmutableValeurParametre.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableValeurParametre ImmutableValeurParametre}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ValeurParametre", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_DEPUIS = 0x1L;
    private static final long INIT_BIT_REFERENCE = 0x2L;
    private long initBits = 0x3L;

    private LocalDate depuis;
    private LocalDate jusquAu;
    private BigDecimal nombre;
    private LocalDate date;
    private String texte;
    private Reference reference;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ValeurParametre} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(ValeurParametre instance) {
      Objects.requireNonNull(instance, "instance");
      this.depuis(instance.depuis());
      Optional<LocalDate> jusquAuOptional = instance.jusquAu();
      if (jusquAuOptional.isPresent()) {
        jusquAu(jusquAuOptional);
      }
      Optional<BigDecimal> nombreOptional = instance.nombre();
      if (nombreOptional.isPresent()) {
        nombre(nombreOptional);
      }
      Optional<LocalDate> dateOptional = instance.date();
      if (dateOptional.isPresent()) {
        date(dateOptional);
      }
      Optional<String> texteOptional = instance.texte();
      if (texteOptional.isPresent()) {
        texte(texteOptional);
      }
      this.reference(instance.reference());
      return this;
    }

    /**
     * Initializes the value for the {@link ValeurParametre#depuis() depuis} attribute.
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
     * Initializes the optional value {@link ValeurParametre#jusquAu() jusquAu} to jusquAu.
     * @param jusquAu The value for jusquAu
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder jusquAu(LocalDate jusquAu) {
      this.jusquAu = Objects.requireNonNull(jusquAu, "jusquAu");
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#jusquAu() jusquAu} to jusquAu.
     * @param jusquAu The value for jusquAu
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder jusquAu(Optional<? extends LocalDate> jusquAu) {
      this.jusquAu = jusquAu.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#nombre() nombre} to nombre.
     * @param nombre The value for nombre
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nombre(BigDecimal nombre) {
      this.nombre = Objects.requireNonNull(nombre, "nombre");
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#nombre() nombre} to nombre.
     * @param nombre The value for nombre
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nombre(Optional<? extends BigDecimal> nombre) {
      this.nombre = nombre.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#date() date} to date.
     * @param date The value for date
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#date() date} to date.
     * @param date The value for date
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder date(Optional<? extends LocalDate> date) {
      this.date = date.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#texte() texte} to texte.
     * @param texte The value for texte
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder texte(String texte) {
      this.texte = Objects.requireNonNull(texte, "texte");
      return this;
    }

    /**
     * Initializes the optional value {@link ValeurParametre#texte() texte} to texte.
     * @param texte The value for texte
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder texte(Optional<String> texte) {
      this.texte = texte.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link ValeurParametre#reference() reference} attribute.
     * @param reference The value for reference 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder reference(Reference reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
      initBits &= ~INIT_BIT_REFERENCE;
      return this;
    }

    /**
     * Builds a new {@link ImmutableValeurParametre ImmutableValeurParametre}.
     * @return An immutable instance of ValeurParametre
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableValeurParametre build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableValeurParametre.validate(new ImmutableValeurParametre(depuis, jusquAu, nombre, date, texte, reference));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_DEPUIS) != 0) attributes.add("depuis");
      if ((initBits & INIT_BIT_REFERENCE) != 0) attributes.add("reference");
      return "Cannot build ValeurParametre, some of required attributes are not set " + attributes;
    }
  }
}
