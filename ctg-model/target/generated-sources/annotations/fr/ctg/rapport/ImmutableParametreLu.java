package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ParametreLu}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableParametreLu.builder()}.
 */
@Generated(from = "ParametreLu", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableParametreLu implements ParametreLu {
  private final String nom;
  private final String valeur;
  private final LocalDate depuis;
  private final String reference;
  private final String url;

  private ImmutableParametreLu(
      String nom,
      String valeur,
      LocalDate depuis,
      String reference,
      String url) {
    this.nom = nom;
    this.valeur = valeur;
    this.depuis = depuis;
    this.reference = reference;
    this.url = url;
  }

  /**
   * @return The value of the {@code nom} attribute
   */
  @JsonProperty(value = "nom", required = true)
  @Override
  public String nom() {
    return nom;
  }

  /**
   *Canonical written value: {@code 10000}, {@code 2026-01-01}, {@code totale}. 
   */
  @JsonProperty(value = "valeur", required = true)
  @Override
  public String valeur() {
    return valeur;
  }

  /**
   * @return The value of the {@code depuis} attribute
   */
  @JsonProperty(value = "depuis", required = true)
  @Override
  public LocalDate depuis() {
    return depuis;
  }

  /**
   * @return The value of the {@code reference} attribute
   */
  @JsonProperty(value = "reference", required = true)
  @Override
  public String reference() {
    return reference;
  }

  /**
   * @return The value of the {@code url} attribute
   */
  @JsonProperty(value = "url")
  @Override
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ParametreLu#nom() nom} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nom
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametreLu withNom(String value) {
    String newValue = Objects.requireNonNull(value, "nom");
    if (this.nom.equals(newValue)) return this;
    return new ImmutableParametreLu(newValue, this.valeur, this.depuis, this.reference, this.url);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ParametreLu#valeur() valeur} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for valeur
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametreLu withValeur(String value) {
    String newValue = Objects.requireNonNull(value, "valeur");
    if (this.valeur.equals(newValue)) return this;
    return new ImmutableParametreLu(this.nom, newValue, this.depuis, this.reference, this.url);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ParametreLu#depuis() depuis} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for depuis
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametreLu withDepuis(LocalDate value) {
    if (this.depuis == value) return this;
    LocalDate newValue = Objects.requireNonNull(value, "depuis");
    return new ImmutableParametreLu(this.nom, this.valeur, newValue, this.reference, this.url);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ParametreLu#reference() reference} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for reference
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParametreLu withReference(String value) {
    String newValue = Objects.requireNonNull(value, "reference");
    if (this.reference.equals(newValue)) return this;
    return new ImmutableParametreLu(this.nom, this.valeur, this.depuis, newValue, this.url);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ParametreLu#url() url} attribute.
   * @param value The value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParametreLu withUrl(String value) {
    String newValue = Objects.requireNonNull(value, "url");
    if (Objects.equals(this.url, newValue)) return this;
    return new ImmutableParametreLu(this.nom, this.valeur, this.depuis, this.reference, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ParametreLu#url() url} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParametreLu withUrl(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.url, value)) return this;
    return new ImmutableParametreLu(this.nom, this.valeur, this.depuis, this.reference, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableParametreLu} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableParametreLu
        && equalsByValue((ImmutableParametreLu) another);
  }

  private boolean equalsByValue(ImmutableParametreLu another) {
    return nom.equals(another.nom)
        && valeur.equals(another.valeur)
        && depuis.equals(another.depuis)
        && reference.equals(another.reference)
        && Objects.equals(url, another.url);
  }

  /**
   * Computes a hash code from attributes: {@code nom}, {@code valeur}, {@code depuis}, {@code reference}, {@code url}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + nom.hashCode();
    h += (h << 5) + valeur.hashCode();
    h += (h << 5) + depuis.hashCode();
    h += (h << 5) + reference.hashCode();
    h += (h << 5) + Objects.hashCode(url);
    return h;
  }

  /**
   * Prints the immutable value {@code ParametreLu} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("ParametreLu{");
    builder.append("nom=").append(nom);
    builder.append(", ");
    builder.append("valeur=").append(valeur);
    builder.append(", ");
    builder.append("depuis=").append(depuis);
    builder.append(", ");
    builder.append("reference=").append(reference);
    if (url != null) {
      builder.append(", ");
      builder.append("url=").append(url);
    }
    return builder.append("}").toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "ParametreLu", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json implements ParametreLu {
    @JsonIgnore String _nom;
    @JsonIgnore String _valeur;
    @JsonIgnore LocalDate _depuis;
    @JsonIgnore String _reference;
    @JsonIgnore Optional<String> _url = Optional.empty();

    @JsonProperty(value = "nom", required = true)
    public void setNom(String nom) {
      this._nom = nom;
    }

    @JsonProperty(value = "valeur", required = true)
    public void setValeur(String valeur) {
      this._valeur = valeur;
    }

    @JsonProperty(value = "depuis", required = true)
    public void setDepuis(LocalDate depuis) {
      this._depuis = depuis;
    }

    @JsonProperty(value = "reference", required = true)
    public void setReference(String reference) {
      this._reference = reference;
    }

    @JsonProperty(value = "url")
    public void setUrl(Optional<String> url) {
      this._url = url;
    }

    @Override
    public String nom() { throw new UnsupportedOperationException(); }

    @Override
    public String valeur() { throw new UnsupportedOperationException(); }

    @Override
    public LocalDate depuis() { throw new UnsupportedOperationException(); }

    @Override
    public String reference() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> url() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableParametreLu fromJson(Json json) {
    ImmutableParametreLu.Builder builder = ImmutableParametreLu.builder();
    if (json._nom != null) {
      builder.nom(json._nom);
    }
    if (json._valeur != null) {
      builder.valeur(json._valeur);
    }
    if (json._depuis != null) {
      builder.depuis(json._depuis);
    }
    if (json._reference != null) {
      builder.reference(json._reference);
    }
    if (json._url != null) {
      builder.url(json._url);
    }
    return builder.build();
  }

  /**
   * Creates an immutable copy of a {@link ParametreLu} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ParametreLu instance
   */
  public static ImmutableParametreLu copyOf(ParametreLu instance) {
    if (instance instanceof ImmutableParametreLu) {
      return (ImmutableParametreLu) instance;
    }
    return ImmutableParametreLu.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableParametreLu ImmutableParametreLu}.
   * <pre>
   * ImmutableParametreLu.builder()
   *    .nom(String) // required {@link ParametreLu#nom() nom}
   *    .valeur(String) // required {@link ParametreLu#valeur() valeur}
   *    .depuis(java.time.LocalDate) // required {@link ParametreLu#depuis() depuis}
   *    .reference(String) // required {@link ParametreLu#reference() reference}
   *    .url(Optional&lt;String&gt;) // optional {@link ParametreLu#url() url}
   *    .build();
   * </pre>
   * @return A new ImmutableParametreLu builder
   */
  public static ImmutableParametreLu.Builder builder() {
    return new ImmutableParametreLu.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableParametreLu ImmutableParametreLu}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ParametreLu", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NOM = 0x1L;
    private static final long INIT_BIT_VALEUR = 0x2L;
    private static final long INIT_BIT_DEPUIS = 0x4L;
    private static final long INIT_BIT_REFERENCE = 0x8L;
    private long initBits = 0xfL;

    private String nom;
    private String valeur;
    private LocalDate depuis;
    private String reference;
    private String url;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ParametreLu} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(ParametreLu instance) {
      Objects.requireNonNull(instance, "instance");
      this.nom(instance.nom());
      this.valeur(instance.valeur());
      this.depuis(instance.depuis());
      this.reference(instance.reference());
      Optional<String> urlOptional = instance.url();
      if (urlOptional.isPresent()) {
        url(urlOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link ParametreLu#nom() nom} attribute.
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
     * Initializes the value for the {@link ParametreLu#valeur() valeur} attribute.
     * @param valeur The value for valeur 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "valeur", required = true)
    public final Builder valeur(String valeur) {
      this.valeur = Objects.requireNonNull(valeur, "valeur");
      initBits &= ~INIT_BIT_VALEUR;
      return this;
    }

    /**
     * Initializes the value for the {@link ParametreLu#depuis() depuis} attribute.
     * @param depuis The value for depuis 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "depuis", required = true)
    public final Builder depuis(LocalDate depuis) {
      this.depuis = Objects.requireNonNull(depuis, "depuis");
      initBits &= ~INIT_BIT_DEPUIS;
      return this;
    }

    /**
     * Initializes the value for the {@link ParametreLu#reference() reference} attribute.
     * @param reference The value for reference 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "reference", required = true)
    public final Builder reference(String reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
      initBits &= ~INIT_BIT_REFERENCE;
      return this;
    }

    /**
     * Initializes the optional value {@link ParametreLu#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Initializes the optional value {@link ParametreLu#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "url")
    public final Builder url(Optional<String> url) {
      this.url = url.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ImmutableParametreLu ImmutableParametreLu}.
     * @return An immutable instance of ParametreLu
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableParametreLu build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableParametreLu(nom, valeur, depuis, reference, url);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_NOM) != 0) attributes.add("nom");
      if ((initBits & INIT_BIT_VALEUR) != 0) attributes.add("valeur");
      if ((initBits & INIT_BIT_DEPUIS) != 0) attributes.add("depuis");
      if ((initBits & INIT_BIT_REFERENCE) != 0) attributes.add("reference");
      return "Cannot build ParametreLu, some of required attributes are not set " + attributes;
    }
  }
}
