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
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Fondement}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableFondement.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableFondement.of()}.
 */
@Generated(from = "Fondement", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableFondement implements Fondement {
  private final String texte;
  private final String url;

  private ImmutableFondement(String texte, Optional<String> url) {
    this.texte = Objects.requireNonNull(texte, "texte");
    this.url = url.orElse(null);
  }

  private ImmutableFondement(ImmutableFondement original, String texte, String url) {
    this.texte = texte;
    this.url = url;
  }

  /**
   * @return The value of the {@code texte} attribute
   */
  @JsonProperty(value = "texte", required = true)
  @Override
  public String texte() {
    return texte;
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
   * Copy the current immutable object by setting a value for the {@link Fondement#texte() texte} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for texte
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFondement withTexte(String value) {
    String newValue = Objects.requireNonNull(value, "texte");
    if (this.texte.equals(newValue)) return this;
    return new ImmutableFondement(this, newValue, this.url);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Fondement#url() url} attribute.
   * @param value The value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFondement withUrl(String value) {
    String newValue = Objects.requireNonNull(value, "url");
    if (Objects.equals(this.url, newValue)) return this;
    return new ImmutableFondement(this, this.texte, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Fondement#url() url} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFondement withUrl(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.url, value)) return this;
    return new ImmutableFondement(this, this.texte, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableFondement} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableFondement
        && equalsByValue((ImmutableFondement) another);
  }

  private boolean equalsByValue(ImmutableFondement another) {
    return texte.equals(another.texte)
        && Objects.equals(url, another.url);
  }

  /**
   * Computes a hash code from attributes: {@code texte}, {@code url}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + texte.hashCode();
    h += (h << 5) + Objects.hashCode(url);
    return h;
  }

  /**
   * Prints the immutable value {@code Fondement} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Fondement{");
    builder.append("texte=").append(texte);
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
  @Generated(from = "Fondement", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json implements Fondement {
    @JsonIgnore String _texte;
    @JsonIgnore Optional<String> _url = Optional.empty();

    @JsonProperty(value = "texte", required = true)
    public void setTexte(String texte) {
      this._texte = texte;
    }

    @JsonProperty(value = "url")
    public void setUrl(Optional<String> url) {
      this._url = url;
    }

    @Override
    public String texte() { throw new UnsupportedOperationException(); }

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
  static ImmutableFondement fromJson(Json json) {
    ImmutableFondement.Builder builder = ImmutableFondement.builder();
    if (json._texte != null) {
      builder.texte(json._texte);
    }
    if (json._url != null) {
      builder.url(json._url);
    }
    return builder.build();
  }

  /**
   * Construct a new immutable {@code Fondement} instance.
   * @param texte The value for the {@code texte} attribute
   * @param url The value for the {@code url} attribute
   * @return An immutable Fondement instance
   */
  public static ImmutableFondement of(String texte, Optional<String> url) {
    return new ImmutableFondement(texte, url);
  }

  /**
   * Creates an immutable copy of a {@link Fondement} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Fondement instance
   */
  public static ImmutableFondement copyOf(Fondement instance) {
    if (instance instanceof ImmutableFondement) {
      return (ImmutableFondement) instance;
    }
    return ImmutableFondement.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableFondement ImmutableFondement}.
   * <pre>
   * ImmutableFondement.builder()
   *    .texte(String) // required {@link Fondement#texte() texte}
   *    .url(Optional&lt;String&gt;) // optional {@link Fondement#url() url}
   *    .build();
   * </pre>
   * @return A new ImmutableFondement builder
   */
  public static ImmutableFondement.Builder builder() {
    return new ImmutableFondement.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableFondement ImmutableFondement}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Fondement", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_TEXTE = 0x1L;
    private long initBits = 0x1L;

    private String texte;
    private String url;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Fondement} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Fondement instance) {
      Objects.requireNonNull(instance, "instance");
      this.texte(instance.texte());
      Optional<String> urlOptional = instance.url();
      if (urlOptional.isPresent()) {
        url(urlOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Fondement#texte() texte} attribute.
     * @param texte The value for texte 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "texte", required = true)
    public final Builder texte(String texte) {
      this.texte = Objects.requireNonNull(texte, "texte");
      initBits &= ~INIT_BIT_TEXTE;
      return this;
    }

    /**
     * Initializes the optional value {@link Fondement#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Initializes the optional value {@link Fondement#url() url} to url.
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
     * Builds a new {@link ImmutableFondement ImmutableFondement}.
     * @return An immutable instance of Fondement
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableFondement build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableFondement(null, texte, url);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_TEXTE) != 0) attributes.add("texte");
      return "Cannot build Fondement, some of required attributes are not set " + attributes;
    }
  }
}
