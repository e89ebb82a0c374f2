package fr.ctg.territoire;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Commune}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableCommune.builder()}.
 */
@Generated(from = "Commune", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableCommune implements Commune {
  private final String insee;
  private final String siren;
  private final String nom;
  private final String departement;
  private final String region;
  private final String epci;
  private final Population population;

  private ImmutableCommune(
      String insee,
      String siren,
      String nom,
      String departement,
      String region,
      String epci,
      Population population) {
    this.insee = insee;
    this.siren = siren;
    this.nom = nom;
    this.departement = departement;
    this.region = region;
    this.epci = epci;
    this.population = population;
  }

  /**
   *INSEE code, 5 characters (e.g. {@code 62119}, {@code 2A004}). 
   */
  @Override
  public String insee() {
    return insee;
  }

  /**
   *SIREN of the commune, 9 digits. 
   */
  @Override
  public String siren() {
    return siren;
  }

  /**
   * @return The value of the {@code nom} attribute
   */
  @Override
  public String nom() {
    return nom;
  }

  /**
   *Code of the département (e.g. {@code 62}, {@code 2A}, {@code 971}). 
   */
  @Override
  public String departement() {
    return departement;
  }

  /**
   *Code of the région. 
   */
  @Override
  public String region() {
    return region;
  }

  /**
   *SIREN of the EPCI à fiscalité propre the commune belongs to, if any. 
   */
  @Override
  public Optional<String> epci() {
    return Optional.ofNullable(epci);
  }

  /**
   *Bundled population figures, if the source gives any. 
   */
  @Override
  public Optional<Population> population() {
    return Optional.ofNullable(population);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Commune#insee() insee} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for insee
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommune withInsee(String value) {
    String newValue = Objects.requireNonNull(value, "insee");
    if (this.insee.equals(newValue)) return this;
    return new ImmutableCommune(newValue, this.siren, this.nom, this.departement, this.region, this.epci, this.population);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Commune#siren() siren} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for siren
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommune withSiren(String value) {
    String newValue = Objects.requireNonNull(value, "siren");
    if (this.siren.equals(newValue)) return this;
    return new ImmutableCommune(this.insee, newValue, this.nom, this.departement, this.region, this.epci, this.population);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Commune#nom() nom} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for nom
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommune withNom(String value) {
    String newValue = Objects.requireNonNull(value, "nom");
    if (this.nom.equals(newValue)) return this;
    return new ImmutableCommune(this.insee, this.siren, newValue, this.departement, this.region, this.epci, this.population);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Commune#departement() departement} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for departement
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommune withDepartement(String value) {
    String newValue = Objects.requireNonNull(value, "departement");
    if (this.departement.equals(newValue)) return this;
    return new ImmutableCommune(this.insee, this.siren, this.nom, newValue, this.region, this.epci, this.population);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Commune#region() region} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for region
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommune withRegion(String value) {
    String newValue = Objects.requireNonNull(value, "region");
    if (this.region.equals(newValue)) return this;
    return new ImmutableCommune(this.insee, this.siren, this.nom, this.departement, newValue, this.epci, this.population);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Commune#epci() epci} attribute.
   * @param value The value for epci
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCommune withEpci(String value) {
    String newValue = Objects.requireNonNull(value, "epci");
    if (Objects.equals(this.epci, newValue)) return this;
    return new ImmutableCommune(this.insee, this.siren, this.nom, this.departement, this.region, newValue, this.population);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Commune#epci() epci} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for epci
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCommune withEpci(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.epci, value)) return this;
    return new ImmutableCommune(this.insee, this.siren, this.nom, this.departement, this.region, value, this.population);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Commune#population() population} attribute.
   * @param value The value for population
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCommune withPopulation(Population value) {
    Population newValue = Objects.requireNonNull(value, "population");
    if (this.population == newValue) return this;
    return new ImmutableCommune(this.insee, this.siren, this.nom, this.departement, this.region, this.epci, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Commune#population() population} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for population
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCommune withPopulation(Optional<? extends Population> optional) {
    Population value = optional.orElse(null);
    if (this.population == value) return this;
    return new ImmutableCommune(this.insee, this.siren, this.nom, this.departement, this.region, this.epci, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCommune} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCommune
        && equalsByValue((ImmutableCommune) another);
  }

  private boolean equalsByValue(ImmutableCommune another) {
    return insee.equals(another.insee)
        && siren.equals(another.siren)
        && nom.equals(another.nom)
        && departement.equals(another.departement)
        && region.equals(another.region)
        && Objects.equals(epci, another.epci)
        && Objects.equals(population, another.population);
  }

  /**
   * Computes a hash code from attributes: {@code insee}, {@code siren}, {@code nom}, {@code departement}, {@code region}, {@code epci}, {@code population}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + insee.hashCode();
    h += (h << 5) + siren.hashCode();
    h += (h << 5) + nom.hashCode();
    h += (h << 5) + departement.hashCode();
    h += (h << 5) + region.hashCode();
    h += (h << 5) + Objects.hashCode(epci);
    h += (h << 5) + Objects.hashCode(population);
    return h;
  }

  /**
   * Prints the immutable value {@code Commune} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Commune{");
    builder.append("insee=").append(insee);
    builder.append(", ");
    builder.append("siren=").append(siren);
    builder.append(", ");
    builder.append("nom=").append(nom);
    builder.append(", ");
    builder.append("departement=").append(departement);
    builder.append(", ");
    builder.append("region=").append(region);
    if (epci != null) {
      builder.append(", ");
      builder.append("epci=").append(epci);
    }
    if (population != null) {
      builder.append(", ");
      builder.append("population=").append(population);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Commune} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Commune instance
   */
  public static ImmutableCommune copyOf(Commune instance) {
    if (instance instanceof ImmutableCommune) {
      return (ImmutableCommune) instance;
    }
    return ImmutableCommune.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ImmutableCommune ImmutableCommune}.
   * <pre>
   * ImmutableCommune.builder()
   *    .insee(String) // required {@link Commune#insee() insee}
   *    .siren(String) // required {@link Commune#siren() siren}
   *    .nom(String) // required {@link Commune#nom() nom}
   *    .departement(String) // required {@link Commune#departement() departement}
   *    .region(String) // required {@link Commune#region() region}
   *    .epci(Optional&lt;String&gt;) // optional {@link Commune#epci() epci}
   *    .population(Optional&lt;fr.ctg.territoire.Population&gt;) // optional {@link Commune#population() population}
   *    .build();
   * </pre>
   * @return A new ImmutableCommune builder
   */
  public static ImmutableCommune.Builder builder() {
    return new ImmutableCommune.Builder();
  }

  /**
   * Builds instances of type {@link ImmutableCommune ImmutableCommune}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Commune", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_INSEE = 0x1L;
    private static final long INIT_BIT_SIREN = 0x2L;
    private static final long INIT_BIT_NOM = 0x4L;
    private static final long INIT_BIT_DEPARTEMENT = 0x8L;
    private static final long INIT_BIT_REGION = 0x10L;
    private long initBits = 0x1fL;

    private String insee;
    private String siren;
    private String nom;
    private String departement;
    private String region;
    private String epci;
    private Population population;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Commune} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Commune instance) {
      Objects.requireNonNull(instance, "instance");
      this.insee(instance.insee());
      this.siren(instance.siren());
      this.nom(instance.nom());
      this.departement(instance.departement());
      this.region(instance.region());
      Optional<String> epciOptional = instance.epci();
      if (epciOptional.isPresent()) {
        epci(epciOptional);
      }
      Optional<Population> populationOptional = instance.population();
      if (populationOptional.isPresent()) {
        population(populationOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Commune#insee() insee} attribute.
     * @param insee The value for insee 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder insee(String insee) {
      this.insee = Objects.requireNonNull(insee, "insee");
      initBits &= ~INIT_BIT_INSEE;
      return this;
    }

    /**
     * Initializes the value for the {@link Commune#siren() siren} attribute.
     * @param siren The value for siren 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder siren(String siren) {
      this.siren = Objects.requireNonNull(siren, "siren");
      initBits &= ~INIT_BIT_SIREN;
      return this;
    }

    /**
     * Initializes the value for the {@link Commune#nom() nom} attribute.
     * @param nom The value for nom 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder nom(String nom) {
      this.nom = Objects.requireNonNull(nom, "nom");
      initBits &= ~INIT_BIT_NOM;
      return this;
    }

    /**
     * Initializes the value for the {@link Commune#departement() departement} attribute.
     * @param departement The value for departement 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder departement(String departement) {
      this.departement = Objects.requireNonNull(departement, "departement");
      initBits &= ~INIT_BIT_DEPARTEMENT;
      return this;
    }

    /**
     * Initializes the value for the {@link Commune#region() region} attribute.
     * @param region The value for region 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      initBits &= ~INIT_BIT_REGION;
      return this;
    }

    /**
     * Initializes the optional value {@link Commune#epci() epci} to epci.
     * @param epci The value for epci
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder epci(String epci) {
      this.epci = Objects.requireNonNull(epci, "epci");
      return this;
    }

    /**
     * Initializes the optional value {@link Commune#epci() epci} to epci.
     * @param epci The value for epci
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder epci(Optional<String> epci) {
      this.epci = epci.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Commune#population() population} to population.
     * @param population The value for population
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder population(Population population) {
      this.population = Objects.requireNonNull(population, "population");
      return this;
    }

    /**
     * Initializes the optional value {@link Commune#population() population} to population.
     * @param population The value for population
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder population(Optional<? extends Population> population) {
      this.population = population.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ImmutableCommune ImmutableCommune}.
     * @return An immutable instance of Commune
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ImmutableCommune build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableCommune(insee, siren, nom, departement, region, epci, population);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_INSEE) != 0) attributes.add("insee");
      if ((initBits & INIT_BIT_SIREN) != 0) attributes.add("siren");
      if ((initBits & INIT_BIT_NOM) != 0) attributes.add("nom");
      if ((initBits & INIT_BIT_DEPARTEMENT) != 0) attributes.add("departement");
      if ((initBits & INIT_BIT_REGION) != 0) attributes.add("region");
      return "Cannot build Commune, some of required attributes are not set " + attributes;
    }
  }
}
