package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ReglesUtilisees}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableReglesUtilisees.builder()}.
 */
@Generated(from = "ReglesUtilisees", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableReglesUtilisees implements ReglesUtilisees {
  private final String source;
  private final String empreinte;
  private final int nombre;

  private ImmutableReglesUtilisees(String source, String empreinte, int nombre) {
    this.source = source;
    this.empreinte = empreinte;
    this.nombre = nombre;
  }

  /**
   *{@code classpath} for the bundled rules, or the expert directory's path. 
   */
  @JsonProperty(value = "source", required = true)
  @Override
  public String source() {
    return source;
  }

  /**
   *{@code sha256:} followed by the hex digest of the rule and parameter files. 
   */
  @JsonProperty(value = "empreinte", required = true)
  @Override
  public String empreinte() {
    return empreinte;
  }

  /**
   * @return The value of the {@code nombre} attribute
   */
  @JsonProperty(value = "nombre", required = true)
  @Override
  public int nombre() {
    return nombre;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ReglesUtilisees#source() source} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for source
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableReglesUtilisees withSource(String value) {
    String newValue = Objects.requireNonNull(value, "source");
    if (this.source.equals(newValue)) return this;
    return new ImmutableReglesUtilisees(newValue, this.empreinte, this.nombre);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ReglesUtilisees#empreinte() empreinte} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for empreinte
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableReglesUtilisees withEmpreinte(String value) {
    String newValue = Objects.requireNonNull(value, "empreinte");
    if (this.empreinte.equals(newValue)) return this;
    return new ImmutableReglesUtilisees(this.source, newValue, this.nombre);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ReglesUtilisees#nombre() nombre} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nombre
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableReglesUtilisees withNombre(int value) {
    if (this.nombre == value) return this;
    return new ImmutableReglesUtilisees(this.source, this.empreinte, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableReglesUtilisees} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableReglesUtilisees
        && equalsByValue((ImmutableReglesUtilisees) another);
  }

  private boolean equalsByValue(ImmutableReglesUtilisees another) {
    return source.equals(another.source)
        && empreinte.equals(another.empreinte)
        && nombre == another.nombre;
  }

  /**
   * Computes a hash code from attributes: {@code source}, {@code empreinte}, {@code nombre}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + source.hashCode();
    h += (h << 5) + empreinte.hashCode();
    h += (h << 5) + nombre;
    return h;
  }

  /**
   * Prints the immutable value {@code ReglesUtilisees} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "ReglesUtilisees{"
        + "source=" + source
        + ", empreinte=" + empreinte
        + ", nombre=" + nombre
        + "}";
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "ReglesUtilisees", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json implements ReglesUtilisees {
    @JsonIgnore String _source;
    @JsonIgnore String _empreinte;
    @JsonIgnore int _nombre;
    @JsonIgnore boolean nombreIsSet;

    @JsonProperty(value = "source", required = true)
    public void setSource(String source) {
      this._source = source;
    }

    @JsonProperty(value = "empreinte", required = true)
    public void setEmpreinte(String empreinte) {
      this._empreinte = empreinte;
    }

    @JsonProperty(value = "nombre", required = true)
    public void setNombre(int nombre) {
      this._nombre = nombre;
      this.nombreIsSet = true;
    }

    @Override
    public String source() { throw new UnsupportedOperationException(); }

    @Override
    public String empreinte() { throw new UnsupportedOperationException(); }

    @Override
    public int nombre() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableReglesUtilisees fromJson(Json json) {
    ImmutableReglesUtilisees.Builder builder = ImmutableReglesUtilisees.builder();
    if (json._source != null) {
      builder.source(json._source);
    }
    if (json._empreinte != null) {
      builder.empreinte(json._empreinte);
    }
    if (json.nombreIsSet) {
      builder.nombre(json._nombre);
    }
    return builder.build();
  }

  /**
   * Creates an immutable copy of a {@link ReglesUtilisees} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ReglesUtilisees instance
   */
  public static ImmutableReglesUtilisees copyOf(ReglesUtilisees instance) {
    if (instance instanceof ImmutableReglesUtilisees) {
      return (ImmutableReglesUtilisees) instance;
    }
    return ImmutableReglesUtilisees.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableReglesUtilisees ImmutableReglesUtilisees}.
   * <pre>
   * ImmutableReglesUtilisees.builder()
   *    .source(String) // required {@link ReglesUtilisees#source() source}
   *    .empreinte(String) // required {@link ReglesUtilisees#empreinte() empreinte}
   *    .nombre(int) // required {@link ReglesUtilisees#nombre() nombre}
   *    .build();
   * </pre>
   * @return A new ImmutableReglesUtilisees builder
   */
  public static ImmutableReglesUtilisees.Builder builder() {
    return new ImmutableReglesUtilisees.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableReglesUtilisees ImmutableReglesUtilisees}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ReglesUtilisees", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_SOURCE = 0x1L;
    private static final long INIT_BIT_EMPREINTE = 0x2L;
    private static final long INIT_BIT_NOMBRE = 0x4L;
    private long initBits = 0x7L;

    private String source;
    private String empreinte;
    private int nombre;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ReglesUtilisees} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(ReglesUtilisees instance) {
      Objects.requireNonNull(instance, "instance");
      this.source(instance.source());
      this.empreinte(instance.empreinte());
      this.nombre(instance.nombre());
      return this;
    }

    /**
     * Initializes the value for the {@link ReglesUtilisees#source() source} attribute.
     * @param source The value for source 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "source", required = true)
    public final Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      initBits &= ~INIT_BIT_SOURCE;
      return this;
    }

    /**
     * Initializes the value for the {@link ReglesUtilisees#empreinte() empreinte} attribute.
     * @param empreinte The value for empreinte 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "empreinte", required = true)
    public final Builder empreinte(String empreinte) {
      this.empreinte = Objects.requireNonNull(empreinte, "empreinte");
      initBits &= ~INIT_BIT_EMPREINTE;
      return this;
    }

    /**
     * Initializes the value for the {@link ReglesUtilisees#nombre() nombre} attribute.
     * @param nombre The value for nombre 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "nombre", required = true)
    public final Builder nombre(int nombre) {
      this.nombre = nombre;
      initBits &= ~INIT_BIT_NOMBRE;
      return this;
    }

    /**
     * Builds a new {@link ImmutableReglesUtilisees ImmutableReglesUtilisees}.
     * @return An immutable instance of ReglesUtilisees
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableReglesUtilisees build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableReglesUtilisees(source, empreinte, nombre);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_SOURCE) != 0) attributes.add("source");
      if ((initBits & INIT_BIT_EMPREINTE) != 0) attributes.add("empreinte");
      if ((initBits & INIT_BIT_NOMBRE) != 0) attributes.add("nombre");
      return "Cannot build ReglesUtilisees, some of required attributes are not set " + attributes;
    }
  }
}
