package fr.ctg.regles.cct;

import fr.ctg.rapport.Sujet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fact: a post of chargé de coopération territoriale listed by the convention (pilotage funding),
 * as the text describes it; unknown values are null. Assembled in Java; the CCT rules decide.
 * Immutable.
 */
public final class PosteCct {
  private final String id;
  private final String employeur;
  private final String typeEmployeur;
  private final String nomEmployeur;
  private final BigDecimal etp;
  private final int nombrePersonnes;
  private final Boolean origineCej;
  private final Boolean missionsConformes;
  private final LocalDate dateEvolutionCct;
  private final BigDecimal coutAnnuel;
  private final Set<Integer> bilansAnnuels;

  public PosteCct(String id, String employeur, String typeEmployeur, String nomEmployeur,
      BigDecimal etp, int nombrePersonnes, Boolean origineCej, Boolean missionsConformes,
      LocalDate dateEvolutionCct, BigDecimal coutAnnuel, Set<Integer> bilansAnnuels) {
    this.id = Objects.requireNonNull(id);
    this.employeur = Objects.requireNonNull(employeur);
    this.typeEmployeur = Objects.requireNonNull(typeEmployeur);
    this.nomEmployeur = Objects.requireNonNull(nomEmployeur);
    this.etp = Objects.requireNonNull(etp);
    this.nombrePersonnes = nombrePersonnes;
    this.origineCej = origineCej;
    this.missionsConformes = missionsConformes;
    this.dateEvolutionCct = dateEvolutionCct;
    this.coutAnnuel = coutAnnuel;
    this.bilansAnnuels = Set.copyOf(new TreeSet<>(bilansAnnuels));
  }

  public String id() { return id; }

  /** INSEE code, SIREN, or the name (association, SIVOM without SIREN). */
  public String employeur() { return employeur; }

  /** {@code COMMUNE}, {@code EPCI}, {@code SIVOM}, {@code ASSOCIATION} or {@code AUTRE}. */
  public String typeEmployeur() { return typeEmployeur; }

  /** Whether the employer is a collectivité of the commune bloc (commune, EPCI, SIVOM). */
  public boolean employeurCollectivite() {
    return typeEmployeur.equals("COMMUNE") || typeEmployeur.equals("EPCI") || typeEmployeur.equals("SIVOM");
  }

  public String nomEmployeur() { return nomEmployeur; }

  public BigDecimal etp() { return etp; }

  public int nombrePersonnes() { return nombrePersonnes; }

  public Boolean origineCej() { return origineCej; }

  public Boolean missionsConformes() { return missionsConformes; }

  public LocalDate dateEvolutionCct() { return dateEvolutionCct; }

  /** Euros per year; null when not given. */
  public BigDecimal coutAnnuel() { return coutAnnuel; }

  /** Annual cost divided by the ETP, euros, scale 2 (half-up); null when the cost is unknown. */
  public BigDecimal coutParEtp() {
    return coutAnnuel == null || etp.signum() <= 0 ? null : coutAnnuel.divide(etp, 2, RoundingMode.HALF_UP);
  }

  public Set<Integer> bilansAnnuels() { return bilansAnnuels; }

  /**
   * The years from {@code debut}'s year to {@code fin}'s year that ended before {@code date}
   * (31 December of the year &lt; date) and have no annual report.
   */
  public List<Integer> bilansManquants(LocalDate debut, LocalDate fin, LocalDate date) {
    List<Integer> manquants = new ArrayList<>();
    for (int a = debut.getYear(); a <= fin.getYear() && LocalDate.of(a, 12, 31).isBefore(date); a++) {
      if (!bilansAnnuels.contains(a)) manquants.add(a);
    }
    return manquants;
  }

  /** Number of completed years of the period before {@code date}. */
  public static int anneesAchevees(LocalDate debut, LocalDate fin, LocalDate date) {
    int n = 0;
    for (int a = debut.getYear(); a <= fin.getYear() && LocalDate.of(a, 12, 31).isBefore(date); a++) n++;
    return n;
  }

  public Sujet sujet() {
    return Sujet.of("poste", id, "Chargé de coopération – " + nomEmployeur);
  }

  @Override
  public String toString() {
    return "PosteCct[" + id + "]";
  }
}
