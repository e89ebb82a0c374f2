package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Constat}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableConstat.builder()}.
 */
@Generated(from = "Constat", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableConstat implements Constat {
  private final String regle;
  private final Sujet sujet;
  private final Statut statut;
  private final String message;
  private final List<Fondement> fondement;
  private final Map<String, Object> faits;
  private final List<String> explication;

  private ImmutableConstat(
      String regle,
      Sujet sujet,
      Statut statut,
      String message,
      List<Fondement> fondement,
      Map<String, Object> faits,
      List<String> explication) {
    this.regle = regle;
    this.sujet = sujet;
    this.statut = statut;
    this.message = message;
    this.fondement = fondement;
    this.faits = faits;
    this.explication = explication;
  }

  /**
   *Rule id, e.g. {@code AO-RPE}. 
   */
  @JsonProperty(value = "regle", required = true)
  @Override
  public String regle() {
    return regle;
  }

  /**
   * @return The value of the {@code sujet} attribute
   */
  @JsonProperty(value = "sujet", required = true)
  @Override
  public Sujet sujet() {
    return sujet;
  }

  /**
   * @return The value of the {@code statut} attribute
   */
  @JsonProperty(value = "statut", required = true)
  @Override
  public Statut statut() {
    return statut;
  }

  /**
   *One French sentence a person can act on. 
   */
  @JsonProperty(value = "message", required = true)
  @Override
  public String message() {
    return message;
  }

  /**
   * @return The value of the {@code fondement} attribute
   */
  @JsonProperty(value = "fondement")
  @Override
  public List<Fondement> fondement() {
    return fondement;
  }

  /**
   *The facts the conclusion rests on, by name, sorted by name. Values are strings, numbers or booleans. 
   */
  @JsonProperty(value = "faits")
  @Override
  public Map<String, Object> faits() {
    return faits;
  }

  /**
   *Ordered steps: facts matched, parameters read with their dates, conclusion. 
   */
  @JsonProperty(value = "explication")
  @Override
  public List<String> explication() {
    return explication;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Constat#regle() regle} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for regle
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableConstat withRegle(String value) {
    String newValue = Objects.requireNonNull(value, "regle");
    if (this.regle.equals(newValue)) return this;
    return new ImmutableConstat(newValue, this.sujet, this.statut, this.message, this.fondement, this.faits, this.explication);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Constat#sujet() sujet} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for sujet
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableConstat withSujet(Sujet value) {
    if (this.sujet == value) return this;
    Sujet newValue = Objects.requireNonNull(value, "sujet");
    return new ImmutableConstat(this.regle, newValue, this.statut, this.message, this.fondement, this.faits, this.explication);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Constat#statut() statut} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for statut
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableConstat withStatut(Statut value) {
    Statut newValue = Objects.requireNonNull(value, "statut");
    if (this.statut == newValue) return this;
    return new ImmutableConstat(this.regle, this.sujet, newValue, this.message, this.fondement, this.faits, this.explication);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Constat#message() message} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for message
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableConstat withMessage(String value) {
    String newValue = Objects.requireNonNull(value, "message");
    if (this.message.equals(newValue)) return this;
    return new ImmutableConstat(this.regle, this.sujet, this.statut, newValue, this.fondement, this.faits, this.explication);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Constat#fondement() fondement}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableConstat withFondement(Fondement... elements) {
    List<Fondement> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableConstat(this.regle, this.sujet, this.statut, this.message, newValue, this.faits, this.explication);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Constat#fondement() fondement}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of fondement elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableConstat withFondement(Iterable<? extends Fondement> elements) {
    if (this.fondement == elements) return this;
    List<Fondement> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableConstat(this.regle, this.sujet, this.statut, this.message, newValue, this.faits, this.explication);
  }

  /**
   * Copy the current immutable object by replacing the {@link Constat#faits() faits} map with the specified map.
   * Nulls are not permitted as keys or values.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param entries The entries to replace the faits map
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableConstat withFaits(Map<String, ? extends Object> entries) {
    if (this.faits == entries) return this;
    Map<String, Object> newValue = createUnmodifiableMap(true, false, entries);
    return new ImmutableConstat(this.regle, this.sujet, this.statut, this.message, this.fondement, newValue, this.explication);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Constat#explication() explication}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableConstat withExplication(String... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableConstat(this.regle, this.sujet, this.statut, this.message, this.fondement, this.faits, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Constat#explication() explication}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of explication elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableConstat withExplication(Iterable<String> elements) {
    if (this.explication == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableConstat(this.regle, this.sujet, this.statut, this.message, this.fondement, this.faits, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableConstat} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableConstat
        && equalsByValue((ImmutableConstat) another);
  }

  private boolean equalsByValue(ImmutableConstat another) {
    return regle.equals(another.regle)
        && sujet.equals(another.sujet)
        && statut.equals(another.statut)
        && message.equals(another.message)
        && fondement.equals(another.fondement)
        && faits.equals(another.faits)
        && explication.equals(another.explication);
  }

  /**
   * Computes a hash code from attributes: {@code regle}, {@code sujet}, {@code statut}, {@code message}, {@code fondement}, {@code faits}, {@code explication}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + regle.hashCode();
    h += (h << 5) + sujet.hashCode();
    h += (h << 5) + statut.hashCode();
    h += (h << 5) + message.hashCode();
    h += (h << 5) + fondement.hashCode();
    h += (h << 5) + faits.hashCode();
    h += (h << 5) + explication.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Constat} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Constat{"
        + "regle=" + regle
        + ", sujet=" + sujet
        + ", statut=" + statut
        + ", message=" + message
        + ", fondement=" + fondement
        + ", faits=" + faits
        + ", explication=" + explication
        + "}";
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Constat", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json implements Constat {
    @JsonIgnore String _regle;
    @JsonIgnore Sujet _sujet;
    @JsonIgnore Statut _statut;
    @JsonIgnore String _message;
    @JsonIgnore List<Fondement> _fondement = Collections.emptyList();
    @JsonIgnore Map<String, Object> _faits = Collections.emptyMap();
    @JsonIgnore List<String> _explication = Collections.emptyList();

    @JsonProperty(value = "regle", required = true)
    public void setRegle(String regle) {
      this._regle = regle;
    }

    @JsonProperty(value = "sujet", required = true)
    public void setSujet(Sujet sujet) {
      this._sujet = sujet;
    }

    @JsonProperty(value = "statut", required = true)
    public void setStatut(Statut statut) {
      this._statut = statut;
    }

    @JsonProperty(value = "message", required = true)
    public void setMessage(String message) {
      this._message = message;
    }

    @JsonProperty(value = "fondement")
    public void setFondement(List<Fondement> fondement) {
      this._fondement = fondement;
    }

    @JsonProperty(value = "faits")
    public void setFaits(Map<String, Object> faits) {
      this._faits = faits;
    }

    @JsonProperty(value = "explication")
    public void setExplication(List<String> explication) {
      this._explication = explication;
    }

    @Override
    public String regle() { throw new UnsupportedOperationException(); }

    @Override
    public Sujet sujet() { throw new UnsupportedOperationException(); }

    @Override
    public Statut statut() { throw new UnsupportedOperationException(); }

    @Override
    public String message() { throw new UnsupportedOperationException(); }

    @Override
    public List<Fondement> fondement() { throw new UnsupportedOperationException(); }

    @Override
    public Map<String, Object> faits() { throw new UnsupportedOperationException(); }

    @Override
    public List<String> explication() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableConstat fromJson(Json json) {
    ImmutableConstat.Builder builder = ImmutableConstat.builder();
    if (json._regle != null) {
      builder.regle(json._regle);
    }
    if (json._sujet != null) {
      builder.sujet(json._sujet);
    }
    if (json._statut != null) {
      builder.statut(json._statut);
    }
    if (json._message != null) {
      builder.message(json._message);
    }
    if (json._fondement != null) {
      builder.addAllFondement(json._fondement);
    }
    if (json._faits != null) {
      builder.putAllFaits(json._faits);
    }
    if (json._explication != null) {
      builder.addAllExplication(json._explication);
    }
    return builder.build();
  }

  /**
   * Creates an immutable copy of a {@link Constat} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Constat instance
   */
  public static ImmutableConstat copyOf(Constat instance) {
    if (instance instanceof ImmutableConstat) {
      return (ImmutableConstat) instance;
    }
    return ImmutableConstat.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableConstat ImmutableConstat}.
   * <pre>
   * ImmutableConstat.builder()
   *    .regle(String) // required {@link Constat#regle() regle}
   *    .sujet(fr.ctg.rapport.Sujet) // required {@link Constat#sujet() sujet}
   *    .statut(fr.ctg.rapport.Statut) // required {@link Constat#statut() statut}
   *    .message(String) // required {@link Constat#message() message}
   *    .addFondement|addAllFondement(fr.ctg.rapport.Fondement) // {@link Constat#fondement() fondement} elements
   *    .putFait|putAllFaits(String =&gt; Object) // {@link Constat#faits() faits} mappings
   *    .addExplication|addAllExplication(String) // {@link Constat#explication() explication} elements
   *    .build();
   * </pre>
   * @return A new ImmutableConstat builder
   */
  public static ImmutableConstat.Builder builder() {
    return new ImmutableConstat.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableConstat ImmutableConstat}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Constat", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_REGLE = 0x1L;
    private static final long INIT_BIT_SUJET = 0x2L;
    private static final long INIT_BIT_STATUT = 0x4L;
    private static final long INIT_BIT_MESSAGE = 0x8L;
    private long initBits = 0xfL;

    private String regle;
    private Sujet sujet;
    private Statut statut;
    private String message;
    private List<Fondement> fondement = new ArrayList<Fondement>();
    private Map<String, Object> faits = new LinkedHashMap<String, Object>();
    private List<String> explication = new ArrayList<String>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Constat} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Constat instance) {
      Objects.requireNonNull(instance, "instance");
      this.regle(instance.regle());
      this.sujet(instance.sujet());
      this.statut(instance.statut());
      this.message(instance.message());
      addAllFondement(instance.fondement());
      putAllFaits(instance.faits());
      addAllExplication(instance.explication());
      return this;
    }

    /**
     * Initializes the value for the {@link Constat#regle() regle} attribute.
     * @param regle The value for regle 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "regle", required = true)
    public final Builder regle(String regle) {
      this.regle = Objects.requireNonNull(regle, "regle");
      initBits &= ~INIT_BIT_REGLE;
      return this;
    }

    /**
     * Initializes the value for the {@link Constat#sujet() sujet} attribute.
     * @param sujet The value for sujet 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "sujet", required = true)
    public final Builder sujet(Sujet sujet) {
      this.sujet = Objects.requireNonNull(sujet, "sujet");
      initBits &= ~INIT_BIT_SUJET;
      return this;
    }

    /**
     * Initializes the value for the {@link Constat#statut() statut} attribute.
     * @param statut The value for statut 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "statut", required = true)
    public final Builder statut(Statut statut) {
      this.statut = Objects.requireNonNull(statut, "statut");
      initBits &= ~INIT_BIT_STATUT;
      return this;
    }

    /**
     * Initializes the value for the {@link Constat#message() message} attribute.
     * @param message The value for message 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "message", required = true)
    public final Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      initBits &= ~INIT_BIT_MESSAGE;
      return this;
    }

    /**
     * Adds one element to {@link Constat#fondement() fondement} list.
     * @param element A fondement element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addFondement(Fondement element) {
      this.fondement.add(Objects.requireNonNull(element, "fondement element"));
      return this;
    }

    /**
     * Adds elements to {@link Constat#fondement() fondement} list.
     * @param elements An array of fondement elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addFondement(Fondement... elements) {
      for (Fondement element : elements) {
        this.fondement.add(Objects.requireNonNull(element, "fondement element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Constat#fondement() fondement} list.
     * @param elements An iterable of fondement elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "fondement")
    public final Builder fondement(Iterable<? extends Fondement> elements) {
      this.fondement.clear();
      return addAllFondement(elements);
    }

    /**
     * Adds elements to {@link Constat#fondement() fondement} list.
     * @param elements An iterable of fondement elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllFondement(Iterable<? extends Fondement> elements) {
      for (Fondement element : elements) {
        this.fondement.add(Objects.requireNonNull(element, "fondement element"));
      }
      return this;
    }

    /**
     * Put one entry to the {@link Constat#faits() faits} map.
     * @param key The key in the faits map
     * @param value The associated value in the faits map
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder putFait(String key, Object value) {
      this.faits.put(
          Objects.requireNonNull(key, "faits key"),
          Objects.requireNonNull(value, value == null ? "faits value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link Constat#faits() faits} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder putFait(Map.Entry<String, ? extends Object> entry) {
      String k = entry.getKey();
      Object v = entry.getValue();
      this.faits.put(
          Objects.requireNonNull(k, "faits key"),
          Objects.requireNonNull(v, v == null ? "faits value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link Constat#faits() faits} map. Nulls are not permitted
     * @param entries The entries that will be added to the faits map
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "faits")
    public final Builder faits(Map<String, ? extends Object> entries) {
      this.faits.clear();
      return putAllFaits(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link Constat#faits() faits} map. Nulls are not permitted
     * @param entries The entries that will be added to the faits map
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder putAllFaits(Map<String, ? extends Object> entries) {
      for (Map.Entry<String, ? extends Object> e : entries.entrySet()) {
        String k = e.getKey();
        Object v = e.getValue();
        this.faits.put(
            Objects.requireNonNull(k, "faits key"),
            Objects.requireNonNull(v, v == null ? "faits value for key: " + k : null));
      }
      return this;
    }

    /**
     * Adds one element to {@link Constat#explication() explication} list.
     * @param element A explication element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addExplication(String element) {
      this.explication.add(Objects.requireNonNull(element, "explication element"));
      return this;
    }

    /**
     * Adds elements to {@link Constat#explication() explication} list.
     * @param elements An array of explication elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addExplication(String... elements) {
      for (String element : elements) {
        this.explication.add(Objects.requireNonNull(element, "explication element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Constat#explication() explication} list.
     * @param elements An iterable of explication elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "explication")
    public final Builder explication(Iterable<String> elements) {
      this.explication.clear();
      return addAllExplication(elements);
    }

    /**
     * Adds elements to {@link Constat#explication() explication} list.
     * @param elements An iterable of explication elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllExplication(Iterable<String> elements) {
      for (String element : elements) {
        this.explication.add(Objects.requireNonNull(element, "explication element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableConstat ImmutableConstat}.
     * @return An immutable instance of Constat
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableConstat build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableConstat(
          regle,
          sujet,
          statut,
          message,
          createUnmodifiableList(true, fondement),
          createUnmodifiableMap(false, false, faits),
          createUnmodifiableList(true, explication));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_REGLE) != 0) attributes.add("regle");
      if ((initBits & INIT_BIT_SUJET) != 0) attributes.add("sujet");
      if ((initBits & INIT_BIT_STATUT) != 0) attributes.add("statut");
      if ((initBits & INIT_BIT_MESSAGE) != 0) attributes.add("message");
      return "Cannot build Constat, some of required attributes are not set " + attributes;
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

  private static <K, V> Map<K, V> createUnmodifiableMap(boolean checkNulls, boolean skipNulls, Map<? extends K, ? extends V> map) {
    switch (map.size()) {
    case 0: return Collections.emptyMap();
    case 1: {
      Map.Entry<? extends K, ? extends V> e = map.entrySet().iterator().next();
      K k = e.getKey();
      V v = e.getValue();
      if (checkNulls) {
        Objects.requireNonNull(k, "key");
        Objects.requireNonNull(v, v == null ? "value for key: " + k : null);
      }
      if (skipNulls && (k == null || v == null)) {
        return Collections.emptyMap();
      }
      return Collections.singletonMap(k, v);
    }
    default: {
      Map<K, V> linkedMap = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      if (skipNulls || checkNulls) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
          K k = e.getKey();
          V v = e.getValue();
          if (skipNulls) {
            if (k == null || v == null) continue;
          } else if (checkNulls) {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, v == null ? "value for key: " + k : null);
          }
          linkedMap.put(k, v);
        }
      } else {
        linkedMap.putAll(map);
      }
      return Collections.unmodifiableMap(linkedMap);
    }
    }
  }
}
