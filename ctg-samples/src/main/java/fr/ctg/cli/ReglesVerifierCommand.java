package fr.ctg.cli;

import fr.ctg.regles.RuleBaseException;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.compilateur.RuleVerifier;
import fr.ctg.regles.Verification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg regles verifier [DOSSIER]}: compiles the rules (bundled or DOSSIER) with the classic
 * compiler and runs the static checks; each problem on stderr as {@code fichier:ligne:colonne: message}.
 */
@Command(
    name = "verifier",
    mixinStandardHelpOptions = true,
    description = {
      "Compile les règles (embarquées, ou celles de DOSSIER) et les vérifie : syntaxe, types et champs, "
          + "code Java des conséquences, métadonnées (@id, @titre, @fondement, @source), tables de décision "
          + "mal nommées, tables de seuils avec trou ou chevauchement, paramètres lus mais non définis ou "
          + "définis mais jamais lus, constructions interdites (System, Runtime, fichiers, réseau, réflexion, Thread).",
      "Chaque problème : fichier:ligne:colonne: message. Code de sortie : 0 sans erreur (avertissements "
          + "permis), 3 s'il y a au moins une erreur."
    })
public final class ReglesVerifierCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DOSSIER", description = "Dossier de règles ; sans lui, les règles embarquées.")
  Path dossier;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleFiles fichiers;
    try {
      fichiers = dossier == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(dossier);
    } catch (RuleBaseException e) {
      err.println("ctg : " + e.getMessage());
      err.flush();
      return Ctg.REGLES_INVALIDES;
    }
    RuleFiles aVerifier = fichiers;
    Verification v = LignesAntlr.taire(() -> RuleVerifier.verify(aVerifier));
    for (RuleProblem p : v.problems()) err.println(p);
    long erreurs = v.errors().size();
    long avertissements = v.problems().size() - erreurs;
    if (v.base().isPresent()) {
      out.println(fichiers.origin() + " : " + v.base().get().nombre() + " règles, " + v.base().get().regles().size()
          + " identifiants ; " + erreurs + " erreur(s), " + avertissements + " avertissement(s)");
    } else {
      out.println(fichiers.origin() + " : " + erreurs + " erreur(s), " + avertissements + " avertissement(s)");
    }
    out.flush();
    err.flush();
    return erreurs == 0 ? Ctg.OK : Ctg.REGLES_INVALIDES;
  }
}
