package fr.ctg.territoire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The registry of French communes and EPCI à fiscalité propre of one year.
 *
 * <p>The bundled registries come from {@link Registre#national()}, one per year 2021–2026, each
 * generated from the release of {@code @etalab/decoupage-administratif} of its year (data
 * INSEE/DGCL, MIT licence) by {@code ctg-model/tools/generer-territoire.py}; see
 * {@code fr/ctg/territoire/PROVENANCE.md}. {@link #national()} is the last of them. Besides its
 * communes, a registry knows the former codes of its year ({@link #succession}) and the codes that
 * become communes only in a later release ({@link #anneeApparition}). Instances are immutable and
 * thread-safe; lookups never return {@code null} and unknown codes give an empty result.
 */
public final class Territoire {
  private static final Comparator<Commune> PAR_INSEE = Comparator.comparing(Commune::insee);

  private final Millesime millesime;
  private final List<Commune> communes;
  /** INSEE codes in the order of {@link #communes} (sorted): lookups by binary search, no map. */
  private final String[] codes;
  /** SIREN of the communes that have one, sorted, and the index of each in {@link #communes}. */
  private final int[] sirens;
  private final int[] communeDuSiren;
  private final List<Epci> epcis;
  private final Map<String, Epci> epciParSiren;
  private final Map<String, List<Commune>> membres;
  private final Map<String, List<Commune>> parDepartement;
  private final Map<String, String> nomsDepartements;
  private final Map<String, Succession> anciens;
  private final Map<String, Integer> futurs;
  private final Map<String, String> nomsFuturs;

  /**
   * A registry made of the given values, without year. Fails with {@link IllegalArgumentException}
   * on duplicate codes, an EPCI member that is not a commune of the registry, or a commune whose
   * EPCI does not list it.
   */
  static Territoire of(
      Collection<Commune> communes, Collection<Epci> epcis, Map<String, String> nomsDepartements) {
    return new Territoire(null, communes, epcis, nomsDepartements, Map.of(), Map.of(), Map.of());
  }

  static Territoire of(Millesime millesime, Collection<Commune> communes, Collection<Epci> epcis,
      Map<String, String> nomsDepartements, Map<String, Succession> anciens, Map<String, Integer> futurs,
      Map<String, String> nomsFuturs) {
    return new Territoire(millesime, communes, epcis, nomsDepartements, anciens, futurs, nomsFuturs);
  }

  private Territoire(Millesime millesime, Collection<Commune> communes, Collection<Epci> epcis,
      Map<String, String> nomsDepartements, Map<String, Succession> anciens, Map<String, Integer> futurs,
      Map<String, String> nomsFuturs) {
    this.millesime = millesime;
    this.anciens = anciens;
    this.futurs = futurs;
    this.nomsFuturs = nomsFuturs;
    List<Commune> triees = new ArrayList<>(communes);
    if (!triee(triees)) {
      triees.sort(PAR_INSEE);
    }
    this.communes = Collections.unmodifiableList(triees);
    this.codes = new String[triees.size()];
    long[] sirenEtIndex = new long[triees.size()];
    int nSirens = 0;
    Map<String, List<Commune>> departements = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      Commune c = triees.get(i);
      codes[i] = c.insee();
      if (i > 0 && codes[i].equals(codes[i - 1])) {
        throw new IllegalArgumentException("code INSEE en double : " + c.insee());
      }
      if (c.siren().isPresent()) {
        sirenEtIndex[nSirens++] = (Long.parseLong(c.siren().get()) << 32) | i;
      }
      List<Commune> l = departements.get(c.departement());
      if (l == null) {
        l = new ArrayList<>();
        departements.put(c.departement(), l);
      }
      l.add(c);
    }
    Arrays.sort(sirenEtIndex, 0, nSirens);
    this.sirens = new int[nSirens];
    this.communeDuSiren = new int[nSirens];
    for (int i = 0; i < nSirens; i++) {
      sirens[i] = (int) (sirenEtIndex[i] >>> 32);
      communeDuSiren[i] = (int) sirenEtIndex[i];
      if (i > 0 && sirens[i] == sirens[i - 1]) {
        throw new IllegalArgumentException("SIREN de commune en double : " + sirens[i]);
      }
    }
    for (Map.Entry<String, List<Commune>> d : departements.entrySet()) {
      d.setValue(Collections.unmodifiableList(d.getValue()));
    }
    this.parDepartement = departements;

    List<Epci> e = new ArrayList<>(epcis);
    e.sort(Comparator.comparing(Epci::siren));
    this.epcis = List.copyOf(e);
    Map<String, Epci> epciParSiren = new HashMap<>();
    Map<String, List<Commune>> membres = new HashMap<>();
    for (Epci epci : this.epcis) {
      if (epciParSiren.put(epci.siren(), epci) != null) {
        throw new IllegalArgumentException("SIREN d'EPCI en double : " + epci.siren());
      }
      Commune[] m = new Commune[epci.membres().size()];
      int i = 0;
      for (String code : epci.membres()) {
        Commune c = trouver(code);
        if (c == null || !c.epci().isPresent() || !c.epci().get().equals(epci.siren())) {
          throw new IllegalArgumentException(
              "membre " + code + " de l'EPCI " + epci.siren() + " absent ou rattaché ailleurs");
        }
        m[i++] = c;
      }
      membres.put(epci.siren(), List.of(m));
    }
    for (Commune c : triees) {
      if (c.epci().isPresent() && !epciParSiren.containsKey(c.epci().get())) {
        throw new IllegalArgumentException("EPCI inconnu " + c.epci().get() + " pour la commune " + c.insee());
      }
    }
    this.epciParSiren = epciParSiren;
    this.membres = membres;
    this.nomsDepartements = Map.copyOf(nomsDepartements);
  }

  private Commune trouver(String insee) {
    int i = Arrays.binarySearch(codes, insee);
    return i < 0 ? null : communes.get(i);
  }

  private static boolean triee(List<Commune> communes) {
    for (int i = 1; i < communes.size(); i++) {
      if (communes.get(i - 1).insee().compareTo(communes.get(i).insee()) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The registry of the last year (2026, {@code @etalab/decoupage-administratif} 6.0.0): what an
   * evaluation after the last year uses. Evaluations at a date take
   * {@link Registre#enVigueurAu(java.time.LocalDate)}.
   */
  public static Territoire national() {
    return Registre.national().annee(Registre.national().dernier().annee());
  }

  /** The year and release of this registry; empty for a registry built from given values. */
  public Optional<Millesime> millesime() {
    return Optional.ofNullable(millesime);
  }

  /**
   * The commune of this year that succeeded former code {@code insee} (a code that is not a commune
   * of this year), if the source names one.
   */
  public Optional<Succession> succession(String insee) {
    return Optional.ofNullable(anciens.get(Objects.requireNonNull(insee)));
  }

  /** Every former code this registry knows, with the commune that succeeded it. */
  public Collection<Succession> successions() {
    return Collections.unmodifiableCollection(anciens.values());
  }

  /** The year from which {@code insee}, unknown to this registry, is a commune of a later one. */
  public OptionalInt anneeApparition(String insee) {
    Integer a = futurs.get(Objects.requireNonNull(insee));
    return a == null ? OptionalInt.empty() : OptionalInt.of(a);
  }

  /**
   * The commune {@code insee} designates in this registry: itself, or the successor of a former
   * code (the result says so).
   *
   * @throws CodeCommuneInconnuException (French message) for a code that is no commune of this
   *     year: one that becomes a commune later (with the date it appears), or an unknown one
   */
  public CommuneDesignee designer(String insee) {
    Commune c = trouver(Objects.requireNonNull(insee));
    if (c != null) return ImmutableCommuneDesignee.builder().codeDemande(insee).commune(c).build();
    Succession s = anciens.get(insee);
    if (s != null) {
      return ImmutableCommuneDesignee.builder().codeDemande(insee).commune(s.successeur()).succession(s).build();
    }
    String registre = millesime == null ? "du registre" : "du registre " + millesime.annee();
    Integer a = futurs.get(insee);
    if (a != null) {
      throw new CodeCommuneInconnuException(insee, "le code INSEE " + insee + " (" + nomsFuturs.get(insee)
          + ") n'est pas une commune " + registre + " : il n'en désigne une qu'à partir du 1er janvier " + a);
    }
    throw new CodeCommuneInconnuException(insee, "code INSEE inconnu " + registre + " : " + insee);
  }

  /** The current commune of this INSEE code ({@code 62119}, {@code 2A004}), if any. */
  public Optional<Commune> commune(String insee) {
    return Optional.ofNullable(trouver(Objects.requireNonNull(insee)));
  }

  /** The commune of this SIREN, if any (the source gives no SIREN for 94 communes d'outre-mer). */
  public Optional<Commune> communeParSiren(String siren) {
    Objects.requireNonNull(siren);
    if (siren.length() != 9 || !siren.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return Optional.empty();
    int i = Arrays.binarySearch(sirens, Integer.parseInt(siren));
    return i < 0 ? Optional.empty() : Optional.of(communes.get(communeDuSiren[i]));
  }

  public Optional<Epci> epci(String siren) {
    return Optional.ofNullable(epciParSiren.get(Objects.requireNonNull(siren)));
  }

  /** The member communes of an EPCI in the registry's order; empty if the EPCI is unknown. */
  public List<Commune> membres(String epciSiren) {
    return membres.getOrDefault(Objects.requireNonNull(epciSiren), List.of());
  }

  /** The communes of a département ({@code 62}, {@code 2A}, {@code 974}), sorted by INSEE code. */
  public List<Commune> communesDuDepartement(String code) {
    return parDepartement.getOrDefault(Objects.requireNonNull(code), List.of());
  }

  public Optional<String> nomDepartement(String code) {
    return Optional.ofNullable(nomsDepartements.get(Objects.requireNonNull(code)));
  }

  /** Every commune, sorted by INSEE code. */
  public List<Commune> communes() {
    return communes;
  }

  /** Every EPCI, sorted by SIREN. */
  public List<Epci> epcis() {
    return epcis;
  }

  @Override
  public String toString() {
    return "Territoire[" + (millesime == null ? "" : millesime.annee() + ", ") + communes.size()
        + " communes, " + epcis.size() + " EPCI]";
  }
}
