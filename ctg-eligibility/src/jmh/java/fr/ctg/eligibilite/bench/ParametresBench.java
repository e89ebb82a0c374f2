package fr.ctg.eligibilite.bench;

import fr.ctg.parametres.ImmutableParametre;
import fr.ctg.parametres.ImmutableReference;
import fr.ctg.parametres.ImmutableValeurParametre;
import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.TypeParametre;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The AO parameters of RULES.md, built in code for the benchmark until the bundled parameter files
 * (parametres/ao/*.yaml, read by the document loader) are merged; switch to them then.
 */
final class ParametresBench {
  private ParametresBench() {}

  static Parametres ao() {
    LocalDate loi = LocalDate.of(2023, 12, 19);
    LocalDate ao = LocalDate.of(2025, 1, 1);
    LocalDate rpe = LocalDate.of(2026, 1, 1);
    return Parametres.de(List.of(
        p("ao.population_reference", TypeParametre.TEXTE, v(loi, "CASF art. L.214-1-3 III").texte("totale")),
        p("ao.date_effet", TypeParametre.DATE, v(loi, "Loi n° 2023-1196 du 18 décembre 2023, art. 17").date(ao)),
        p("ao.date_effet_rpe", TypeParametre.DATE, v(loi, "CASF art. L.214-2-1").date(rpe)),
        p("ao.seuil_planification", TypeParametre.NOMBRE, v(ao, "CASF art. L.214-1-3 II al. 2").nombre(BigDecimal.valueOf(3500))),
        p("ao.seuil_schema", TypeParametre.NOMBRE, v(ao, "CASF art. L.214-1-3 II al. 3").nombre(BigDecimal.valueOf(10000))),
        p("ao.seuil_rpe", TypeParametre.NOMBRE, v(rpe, "CASF art. L.214-1-3 II al. 4").nombre(BigDecimal.valueOf(10000))),
        p("ao.delai_transmission_cdsf", TypeParametre.NOMBRE, v(ao, "CASF art. L.214-2 II").nombre(BigDecimal.ONE))));
  }

  private static ImmutableValeurParametre.Builder v(LocalDate depuis, String ref) {
    return ImmutableValeurParametre.builder().depuis(depuis).reference(ImmutableReference.builder().texte(ref).build());
  }

  private static Parametre p(String nom, TypeParametre type, ImmutableValeurParametre.Builder v) {
    return ImmutableParametre.builder().nom(nom).description(nom).unite("-").type(type).addValeur(v.build()).build();
  }
}
