package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Rapport}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRapport.builder()}.
 */
@Generated(from = "Rapport", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableRapport implements Rapport {
  private final String schema;
  private final LocalDate dateEvaluation;
  private final String convention;
  private final ReglesUtilisees regles;
  private final List<ParametreLu> parametres;
  private final List<Constat> constats;
  private transient final Map<Statut, Integer> resume;

  private ImmutableRapport(ImmutableRapport.Builder builder) {
    this.dateEvaluation = builder.dateEvaluation;
    this.convention = builder.convention;
    this.regles = builder.regles;
    this.parametres = createUnmodifiableList(true, builder.parametres);
    this.constats = createUnmodifiableList(true, builder.constats);
    if (builder.schema != null) {
      initShim.schema(builder.schema);
    }
    this.schema = initShim.schema();
    this.resume = initShim.resume();
    this.initShim = null;
  }

  private ImmutableRapport(
      String schema,
      LocalDate dateEvaluation,
      String convention,
      ReglesUtilisees regles,
      List<ParametreLu> parametres,
      List<Constat> constats) {
    initShim.schema(schema);
    this.dateEvaluation = dateEvaluation;
    this.convention = convention;
    this.regles = regles;
    this.parametres = parametres;
    this.constats = constats;
    this.schema = initShim.schema();
    this.resume = initShim.resume();
    this.initShim = null;
  }

  private static final byte STAGE_INITIALIZING = -1;
  private static final byte STAGE_UNINITIALIZED = 0;
  private static final byte STAGE_INITIALIZED = 1;
  @SuppressWarnings("Immutable")
  private transient volatile InitShim initShim = new InitShim();

  @Generated(from = "Rapport", generator = "Immutables")
  private final class InitShim {
    private byte schemaBuildStage = STAGE_UNINITIALIZED;
    private String schema;

    String schema() {
      if (schemaBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (schemaBuildStage == STAGE_UNINITIALIZED) {
        schemaBuildStage = STAGE_INITIALIZING;
        String computedValue = schemaInitialize();
        this.schema = Objects.requireNonNull(computedValue, "schema");
        schemaBuildStage = STAGE_INITIALIZED;
      }
      return this.schema;
    }

    void schema(String schema) {
      this.schema = schema;
      schemaBuildStage = STAGE_INITIALIZED;
    }

    private byte resumeBuildStage = STAGE_UNINITIALIZED;
    private Map<Statut, Integer> resume;

    Map<Statut, Integer> resume() {
      if (resumeBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (resumeBuildStage == STAGE_UNINITIALIZED) {
        resumeBuildStage = STAGE_INITIALIZING;
        Map<Statut, Integer> computedValue = resumeInitialize();
        this.resume = Objects.requireNonNull(computedValue, "resume");
        resumeBuildStage = STAGE_INITIALIZED;
      }
      return this.resume;
    }

    private String formatInitCycleMessage() {
      List<String> attributes = new ArrayList<>();
      if (schemaBuildStage == STAGE_INITIALIZING) attributes.add("schema");
      if (resumeBuildStage == STAGE_INITIALIZING) attributes.add("resume");
      return "Cannot build Rapport, attribute initializers form cycle " + attributes;
    }
  }

  private String schemaInitialize() {
    return Rapport.super.schema();
  }

  private Map<Statut, Integer> resumeInitialize() {
    return Rapport.super.resume();
  }

  /**
   * @return The value of the {@code schema} attribute
   */
  @JsonProperty(value = "schema")
  @Override
  public String schema() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.schema()
        : this.schema;
  }

  /**
   * @return The value of the {@code dateEvaluation} attribute
   */
  @JsonProperty(value = "dateEvaluation", required = true)
  @Override
  public LocalDate dateEvaluation() {
    return dateEvaluation;
  }

  /**
   *Id of the evaluated convention, when the evaluation was of a convention. 
   */
  @JsonProperty(value = "convention")
  @Override
  public Optional<String> convention() {
    return Optional.ofNullable(convention);
  }

  /**
   * @return The value of the {@code regles} attribute
   */
  @JsonProperty(value = "regles", required = true)
  @Override
  public ReglesUtilisees regles() {
    return regles;
  }

  /**
   *The parameter values read during the evaluation, sorted by name. 
   */
  @JsonProperty(value = "parametres")
  @Override
  public List<ParametreLu> parametres() {
    return parametres;
  }

  /**
   * @return The value of the {@code constats} attribute
   */
  @JsonProperty(value = "constats")
  @Override
  public List<Constat> constats() {
    return constats;
  }

  /**
   *Number of findings per statut, in the statut order; statuts with no finding are left out. 
   */
  @JsonProperty(value = "resume")
  @Override
  public Map<Statut, Integer> resume() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.resume()
        : this.resume;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Rapport#schema() schema} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for schema
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRapport withSchema(String value) {
    String newValue = Objects.requireNonNull(value, "schema");
    if (this.schema.equals(newValue)) return this;
    return validate(new ImmutableRapport(newValue, this.dateEvaluation, this.convention, this.regles, this.parametres, this.constats));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Rapport#dateEvaluation() dateEvaluation} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dateEvaluation
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRapport withDateEvaluation(LocalDate value) {
    if (this.dateEvaluation == value) return this;
    LocalDate newValue = Objects.requireNonNull(value, "dateEvaluation");
    return validate(new ImmutableRapport(this.schema, newValue, this.convention, this.regles, this.parametres, this.constats));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Rapport#convention() convention} attribute.
   * @param value The value for convention
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRapport withConvention(String value) {
    String newValue = Objects.requireNonNull(value, "convention");
    if (Objects.equals(this.convention, newValue)) return this;
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, newValue, this.regles, this.parametres, this.constats));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Rapport#convention() convention} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for convention
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRapport withConvention(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.convention, value)) return this;
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, value, this.regles, this.parametres, this.constats));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Rapport#regles() regles} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for regles
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRapport withRegles(ReglesUtilisees value) {
    if (this.regles == value) return this;
    ReglesUtilisees newValue = Objects.requireNonNull(value, "regles");
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, this.convention, newValue, this.parametres, this.constats));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Rapport#parametres() parametres}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRapport withParametres(ParametreLu... elements) {
    List<ParametreLu> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, this.convention, this.regles, newValue, this.constats));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Rapport#parametres() parametres}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of parametres elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRapport withParametres(Iterable<? extends ParametreLu> elements) {
    if (this.parametres == elements) return this;
    List<ParametreLu> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, this.convention, this.regles, newValue, this.constats));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Rapport#constats() constats}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRapport withConstats(Constat... elements) {
    List<Constat> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, this.convention, this.regles, this.parametres, newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Rapport#constats() constats}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of constats elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRapport withConstats(Iterable<? extends Constat> elements) {
    if (this.constats == elements) return this;
    List<Constat> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableRapport(this.schema, this.dateEvaluation, this.convention, this.regles, this.parametres, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRapport} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRapport
        && equalsByValue((ImmutableRapport) another);
  }

  private boolean equalsByValue(ImmutableRapport another) {
    return schema.equals(another.schema)
        && dateEvaluation.equals(another.dateEvaluation)
        && Objects.equals(convention, another.convention)
        && regles.equals(another.regles)
        && parametres.equals(another.parametres)
        && constats.equals(another.constats)
        && resume.equals(another.resume);
  }

  /**
   * Computes a hash code from attributes: {@code schema}, {@code dateEvaluation}, {@code convention}, {@code regles}, {@code parametres}, {@code constats}, {@code resume}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + schema.hashCode();
    h += (h << 5) + dateEvaluation.hashCode();
    h += (h << 5) + Objects.hashCode(convention);
    h += (h << 5) + regles.hashCode();
    h += (h << 5) + parametres.hashCode();
    h += (h << 5) + constats.hashCode();
    h += (h << 5) + resume.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Rapport} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Rapport{");
    builder.append("schema=").append(schema);
    builder.append(", ");
    builder.append("dateEvaluation=").append(dateEvaluation);
    if (convention != null) {
      builder.append(", ");
      builder.append("convention=").append(convention);
    }
    builder.append(", ");
    builder.append("regles=").append(regles);
    builder.append(", ");
    builder.append("parametres=").append(parametres);
    builder.append(", ");
    builder.append("constats=").append(constats);
    builder.append(", ");
    builder.append("resume=").append(resume);
    return builder.append("}").toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Rapport", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json implements Rapport {
    @JsonIgnore String _schema;
    @JsonIgnore LocalDate _dateEvaluation;
    @JsonIgnore Optional<String> _convention = Optional.empty();
    @JsonIgnore ReglesUtilisees _regles;
    @JsonIgnore List<ParametreLu> _parametres = Collections.emptyList();
    @JsonIgnore List<Constat> _constats = Collections.emptyList();

    @JsonProperty(value = "schema")
    public void setSchema(String schema) {
      this._schema = schema;
    }

    @JsonProperty(value = "dateEvaluation", required = true)
    public void setDateEvaluation(LocalDate dateEvaluation) {
      this._dateEvaluation = dateEvaluation;
    }

    @JsonProperty(value = "convention")
    public void setConvention(Optional<String> convention) {
      this._convention = convention;
    }

    @JsonProperty(value = "regles", required = true)
    public void setRegles(ReglesUtilisees regles) {
      this._regles = regles;
    }

    @JsonProperty(value = "parametres")
    public void setParametres(List<ParametreLu> parametres) {
      this._parametres = parametres;
    }

    @JsonProperty(value = "constats")
    public void setConstats(List<Constat> constats) {
      this._constats = constats;
    }

    @Override
    public String schema() { throw new UnsupportedOperationException(); }

    @Override
    public LocalDate dateEvaluation() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> convention() { throw new UnsupportedOperationException(); }

    @Override
    public ReglesUtilisees regles() { throw new UnsupportedOperationException(); }

    @Override
    public List<ParametreLu> parametres() { throw new UnsupportedOperationException(); }

    @Override
    public List<Constat> constats() { throw new UnsupportedOperationException(); }

    @JsonIgnore 
    @Override
    public Map<Statut, Integer> resume() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableRapport fromJson(Json json) {
    ImmutableRapport.Builder builder = ImmutableRapport.builder();
    if (json._schema != null) {
      builder.schema(json._schema);
    }
    if (json._dateEvaluation != null) {
      builder.dateEvaluation(json._dateEvaluation);
    }
    if (json._convention != null) {
      builder.convention(json._convention);
    }
    if (json._regles != null) {
      builder.regles(json._regles);
    }
    if (json._parametres != null) {
      builder.addAllParametres(json._parametres);
    }
    if (json._constats != null) {
      builder.addAllConstats(json._constats);
    }
    return builder.build();
  }

  private static ImmutableRapport validate(ImmutableRapport instance) {
    instance.verifierOrdre();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Rapport} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Rapport instance
   */
  public static ImmutableRapport copyOf(Rapport instance) {
    if (instance instanceof ImmutableRapport) {
      return (ImmutableRapport) instance;
    }
    return ImmutableRapport.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableRapport ImmutableRapport}.
   * <pre>
   * ImmutableRapport.builder()
   *    .schema(String) // optional {@link Rapport#schema() schema}
   *    .dateEvaluation(java.time.LocalDate) // required {@link Rapport#dateEvaluation() dateEvaluation}
   *    .convention(Optional&lt;String&gt;) // optional {@link Rapport#convention() convention}
   *    .regles(fr.ctg.rapport.ReglesUtilisees) // required {@link Rapport#regles() regles}
   *    .addParametre|addAllParametres(fr.ctg.rapport.ParametreLu) // {@link Rapport#parametres() parametres} elements
   *    .addConstat|addAllConstats(fr.ctg.rapport.Constat) // {@link Rapport#constats() constats} elements
   *    .build();
   * </pre>
   * @return A new ImmutableRapport builder
   */
  public static ImmutableRapport.Builder builder() {
    return new ImmutableRapport.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableRapport ImmutableRapport}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Rapport", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_DATE_EVALUATION = 0x1L;
    private static final long INIT_BIT_REGLES = 0x2L;
    private long initBits = 0x3L;

    private String schema;
    private LocalDate dateEvaluation;
    private String convention;
    private ReglesUtilisees regles;
    private List<ParametreLu> parametres = new ArrayList<ParametreLu>();
    private List<Constat> constats = new ArrayList<Constat>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Rapport} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Rapport instance) {
      Objects.requireNonNull(instance, "instance");
      this.schema(instance.schema());
      this.dateEvaluation(instance.dateEvaluation());
      Optional<String> conventionOptional = instance.convention();
      if (conventionOptional.isPresent()) {
        convention(conventionOptional);
      }
      this.regles(instance.regles());
      addAllParametres(instance.parametres());
      addAllConstats(instance.constats());
      return this;
    }

    /**
     * Initializes the value for the {@link Rapport#schema() schema} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Rapport#schema() schema}.</em>
     * @param schema The value for schema 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "schema")
    public final Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Initializes the value for the {@link Rapport#dateEvaluation() dateEvaluation} attribute.
     * @param dateEvaluation The value for dateEvaluation 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "dateEvaluation", required = true)
    public final Builder dateEvaluation(LocalDate dateEvaluation) {
      this.dateEvaluation = Objects.requireNonNull(dateEvaluation, "dateEvaluation");
      initBits &= ~INIT_BIT_DATE_EVALUATION;
      return this;
    }

    /**
     * Initializes the optional value {@link Rapport#convention() convention} to convention.
     * @param convention The value for convention
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder convention(String convention) {
      this.convention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Initializes the optional value {@link Rapport#convention() convention} to convention.
     * @param convention The value for convention
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "convention")
    public final Builder convention(Optional<String> convention) {
      this.convention = convention.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Rapport#regles() regles} attribute.
     * @param regles The value for regles 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "regles", required = true)
    public final Builder regles(ReglesUtilisees regles) {
      this.regles = Objects.requireNonNull(regles, "regles");
      initBits &= ~INIT_BIT_REGLES;
      return this;
    }

    /**
     * Adds one element to {@link Rapport#parametres() parametres} list.
     * @param element A parametres element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addParametre(ParametreLu element) {
      this.parametres.add(Objects.requireNonNull(element, "parametres element"));
      return this;
    }

    /**
     * Adds elements to {@link Rapport#parametres() parametres} list.
     * @param elements An array of parametres elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addParametres(ParametreLu... elements) {
      for (ParametreLu element : elements) {
        this.parametres.add(Objects.requireNonNull(element, "parametres element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Rapport#parametres() parametres} list.
     * @param elements An iterable of parametres elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "parametres")
    public final Builder parametres(Iterable<? extends ParametreLu> elements) {
      this.parametres.clear();
      return addAllParametres(elements);
    }

    /**
     * Adds elements to {@link Rapport#parametres() parametres} list.
     * @param elements An iterable of parametres elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllParametres(Iterable<? extends ParametreLu> elements) {
      for (ParametreLu element : elements) {
        this.parametres.add(Objects.requireNonNull(element, "parametres element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Rapport#constats() constats} list.
     * @param element A constats element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addConstat(Constat element) {
      this.constats.add(Objects.requireNonNull(element, "constats element"));
      return this;
    }

    /**
     * Adds elements to {@link Rapport#constats() constats} list.
     * @param elements An array of constats elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addConstats(Constat... elements) {
      for (Constat element : elements) {
        this.constats.add(Objects.requireNonNull(element, "constats element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Rapport#constats() constats} list.
     * @param elements An iterable of constats elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "constats")
    public final Builder constats(Iterable<? extends Constat> elements) {
      this.constats.clear();
      return addAllConstats(elements);
    }

    /**
     * Adds elements to {@link Rapport#constats() constats} list.
     * @param elements An iterable of constats elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllConstats(Iterable<? extends Constat> elements) {
      for (Constat element : elements) {
        this.constats.add(Objects.requireNonNull(element, "constats element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableRapport ImmutableRapport}.
     * @return An immutable instance of Rapport
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableRapport build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableRapport.validate(new ImmutableRapport(this));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_DATE_EVALUATION) != 0) attributes.add("dateEvaluation");
      if ((initBits & INIT_BIT_REGLES) != 0) attributes.add("regles");
      return "Cannot build Rapport, some of required attributes are not set " + attributes;
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
}
