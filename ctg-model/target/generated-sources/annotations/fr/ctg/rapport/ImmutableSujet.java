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
 * Immutable implementation of {@link Sujet}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableSujet.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableSujet.of()}.
 */
@Generated(from = "Sujet", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableSujet implements Sujet {
  private final String type;
  private final String id;
  private final String nom;

  private ImmutableSujet(String type, String id, String nom) {
    this.type = Objects.requireNonNull(type, "type");
    this.id = Objects.requireNonNull(id, "id");
    this.nom = Objects.requireNonNull(nom, "nom");
  }

  private ImmutableSujet(ImmutableSujet original, String type, String id, String nom) {
    this.type = type;
    this.id = id;
    this.nom = nom;
  }

  /**
   *Stable kind: {@code commune}, {@code epci}, {@code syndicat}, {@code convention}, {@code equipement}... 
   */
  @JsonProperty(value = "type", required = true)
  @Override
  public String type() {
    return type;
  }

  /**
   *Stable identifier: INSEE code, SIREN, convention id, equipment id. 
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public String id() {
    return id;
  }

  /**
   *Name for people. 
   */
  @JsonProperty(value = "nom", required = true)
  @Override
  public String nom() {
    return nom;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Sujet#type() type} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for type
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableSujet withType(String value) {
    String newValue = Objects.requireNonNull(value, "type");
    if (this.type.equals(newValue)) return this;
    return new ImmutableSujet(this, newValue, this.id, this.nom);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Sujet#id() id} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableSujet withId(String value) {
    String newValue = Objects.requireNonNull(value, "id");
    if (this.id.equals(newValue)) return this;
    return new ImmutableSujet(this, this.type, newValue, this.nom);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Sujet#nom() nom} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nom
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableSujet withNom(String value) {
    String newValue = Objects.requireNonNull(value, "nom");
    if (this.nom.equals(newValue)) return this;
    return new ImmutableSujet(this, this.type, this.id, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableSujet} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableSujet
        && equalsByValue((ImmutableSujet) another);
  }

  private boolean equalsByValue(ImmutableSujet another) {
    return type.equals(another.type)
        && id.equals(another.id)
        && nom.equals(another.nom);
  }

  /**
   * Computes a hash code from attributes: {@code type}, {@code id}, {@code nom}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + type.hashCode();
    h += (h << 5) + id.hashCode();
    h += (h << 5) + nom.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Sujet} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Sujet{"
        + "type=" + type
        + ", id=" + id
        + ", nom=" + nom
        + "}";
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Sujet", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json implements Sujet {
    @JsonIgnore String _type;
    @JsonIgnore String _id;
    @JsonIgnore String _nom;

    @JsonProperty(value = "type", required = true)
    public void setType(String type) {
      this._type = type;
    }

    @JsonProperty(value = "id", required = true)
    public void setId(String id) {
      this._id = id;
    }

    @JsonProperty(value = "nom", required = true)
    public void setNom(String nom) {
      this._nom = nom;
    }

    @Override
    public String type() { throw new UnsupportedOperationException(); }

    @Override
    public String id() { throw new UnsupportedOperationException(); }

    @Override
    public String nom() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableSujet fromJson(Json json) {
    ImmutableSujet.Builder builder = ImmutableSujet.builder();
    if (json._type != null) {
      builder.type(json._type);
    }
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json._nom != null) {
      builder.nom(json._nom);
    }
    return builder.build();
  }

  /**
   * Construct a new immutable {@code Sujet} instance.
   * @param type The value for the {@code type} attribute
   * @param id The value for the {@code id} attribute
   * @param nom The value for the {@code nom} attribute
   * @return An immutable Sujet instance
   */
  public static ImmutableSujet of(String type, String id, String nom) {
    return new ImmutableSujet(type, id, nom);
  }

  /**
   * Creates an immutable copy of a {@link Sujet} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Sujet instance
   */
  public static ImmutableSujet copyOf(Sujet instance) {
    if (instance instanceof ImmutableSujet) {
      return (ImmutableSujet) instance;
    }
    return ImmutableSujet.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableSujet ImmutableSujet}.
   * <pre>
   * ImmutableSujet.builder()
   *    .type(String) // required {@link Sujet#type() type}
   *    .id(String) // required {@link Sujet#id() id}
   *    .nom(String) // required {@link Sujet#nom() nom}
   *    .build();
   * </pre>
   * @return A new ImmutableSujet builder
   */
  public static ImmutableSujet.Builder builder() {
    return new ImmutableSujet.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableSujet ImmutableSujet}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Sujet", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_TYPE = 0x1L;
    private static final long INIT_BIT_ID = 0x2L;
    private static final long INIT_BIT_NOM = 0x4L;
    private long initBits = 0x7L;

    private String type;
    private String id;
    private String nom;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Sujet} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Sujet instance) {
      Objects.requireNonNull(instance, "instance");
      this.type(instance.type());
      this.id(instance.id());
      this.nom(instance.nom());
      return this;
    }

    /**
     * Initializes the value for the {@link Sujet#type() type} attribute.
     * @param type The value for type 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "type", required = true)
    public final Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      initBits &= ~INIT_BIT_TYPE;
      return this;
    }

    /**
     * Initializes the value for the {@link Sujet#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Sujet#nom() nom} attribute.
     * @param nom The value for nom 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "nom", required = true)
    public final Builder nom(String nom) {
      this.nom = Objects.requireNonNull(nom, "nom");
      initBits &= ~INIT_BIT_NOM;
      return this;
    }

    /**
     * Builds a new {@link ImmutableSujet ImmutableSujet}.
     * @return An immutable instance of Sujet
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableSujet build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableSujet(null, type, id, nom);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_TYPE) != 0) attributes.add("type");
      if ((initBits & INIT_BIT_ID) != 0) attributes.add("id");
      if ((initBits & INIT_BIT_NOM) != 0) attributes.add("nom");
      return "Cannot build Sujet, some of required attributes are not set " + attributes;
    }
  }
}
