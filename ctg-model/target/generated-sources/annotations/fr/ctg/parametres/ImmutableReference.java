package fr.ctg.parametres;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Reference}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableReference.builder()}.
 */
@Generated(from = "Reference", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableReference implements Reference {
  private final String texte;
  private final String url;
  private final LocalDate datePublication;

  private ImmutableReference(String texte, String url, LocalDate datePublication) {
    this.texte = texte;
    this.url = url;
    this.datePublication = datePublication;
  }

  /**
   *Citation in words, e.g. {@code CASF art. L.214-1-3 II al. 4}. 
   */
  @Override
  public String texte() {
    return texte;
  }

  /**
   *Legifrance (or other official) address, when known. 
   */
  @Override
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   *Date of publication of the text, when known. 
   */
  @Override
  public Optional<LocalDate> datePublication() {
    return Optional.ofNullable(datePublication);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Reference#texte() texte} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for texte
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableReference withTexte(String value) {
    String newValue = Objects.requireNonNull(value, "texte");
    if (this.texte.equals(newValue)) return this;
    return new ImmutableReference(newValue, this.url, this.datePublication);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Reference#url() url} attribute.
   * @param value The value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableReference withUrl(String value) {
    String newValue = Objects.requireNonNull(value, "url");
    if (Objects.equals(this.url, newValue)) return this;
    return new ImmutableReference(this.texte, newValue, this.datePublication);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Reference#url() url} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableReference withUrl(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.url, value)) return this;
    return new ImmutableReference(this.texte, value, this.datePublication);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Reference#datePublication() datePublication} attribute.
   * @param value The value for datePublication
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableReference withDatePublication(LocalDate value) {
    LocalDate newValue = Objects.requireNonNull(value, "datePublication");
    if (this.datePublication == newValue) return this;
    return new ImmutableReference(this.texte, this.url, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Reference#datePublication() datePublication} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for datePublication
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableReference withDatePublication(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.datePublication == value) return this;
    return new ImmutableReference(this.texte, this.url, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableReference} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableReference
        && equalsByValue((ImmutableReference) another);
  }

  private boolean equalsByValue(ImmutableReference another) {
    return texte.equals(another.texte)
        && Objects.equals(url, another.url)
        && Objects.equals(datePublication, another.datePublication);
  }

  /**
   * Computes a hash code from attributes: {@code texte}, {@code url}, {@code datePublication}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + texte.hashCode();
    h += (h << 5) + Objects.hashCode(url);
    h += (h << 5) + Objects.hashCode(datePublication);
    return h;
  }

  /**
   * Prints the immutable value {@code Reference} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Reference{");
    builder.append("texte=").append(texte);
    if (url != null) {
      builder.append(", ");
      builder.append("url=").append(url);
    }
    if (datePublication != null) {
      builder.append(", ");
      builder.append("datePublication=").append(datePublication);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Reference} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Reference instance
   */
  public static ImmutableReference copyOf(Reference instance) {
    if (instance instanceof ImmutableReference) {
      return (ImmutableReference) instance;
    }
    return ImmutableReference.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableReference ImmutableReference}.
   * <pre>
   * ImmutableReference.builder()
   *    .texte(String) // required {@link Reference#texte() texte}
   *    .url(Optional&lt;String&gt;) // optional {@link Reference#url() url}
   *    .datePublication(Optional&lt;java.time.LocalDate&gt;) // optional {@link Reference#datePublication() datePublication}
   *    .build();
   * </pre>
   * @return A new ImmutableReference builder
   */
  public static ImmutableReference.Builder builder() {
    return new ImmutableReference.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableReference ImmutableReference}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Reference", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_TEXTE = 0x1L;
    private long initBits = 0x1L;

    private String texte;
    private String url;
    private LocalDate datePublication;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Reference} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Reference instance) {
      Objects.requireNonNull(instance, "instance");
      this.texte(instance.texte());
      Optional<String> urlOptional = instance.url();
      if (urlOptional.isPresent()) {
        url(urlOptional);
      }
      Optional<LocalDate> datePublicationOptional = instance.datePublication();
      if (datePublicationOptional.isPresent()) {
        datePublication(datePublicationOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Reference#texte() texte} attribute.
     * @param texte The value for texte 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder texte(String texte) {
      this.texte = Objects.requireNonNull(texte, "texte");
      initBits &= ~INIT_BIT_TEXTE;
      return this;
    }

    /**
     * Initializes the optional value {@link Reference#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Initializes the optional value {@link Reference#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder url(Optional<String> url) {
      this.url = url.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Reference#datePublication() datePublication} to datePublication.
     * @param datePublication The value for datePublication
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder datePublication(LocalDate datePublication) {
      this.datePublication = Objects.requireNonNull(datePublication, "datePublication");
      return this;
    }

    /**
     * Initializes the optional value {@link Reference#datePublication() datePublication} to datePublication.
     * @param datePublication The value for datePublication
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder datePublication(Optional<? extends LocalDate> datePublication) {
      this.datePublication = datePublication.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ImmutableReference ImmutableReference}.
     * @return An immutable instance of Reference
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableReference build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableReference(texte, url, datePublication);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_TEXTE) != 0) attributes.add("texte");
      return "Cannot build Reference, some of required attributes are not set " + attributes;
    }
  }
}
