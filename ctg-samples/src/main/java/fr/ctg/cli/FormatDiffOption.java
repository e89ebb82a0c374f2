package fr.ctg.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option the subcommands of {@code ctg diff} share (checked by {@link Comparaison#verifierFormat}). */
final class FormatDiffOption {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (par défaut), json (ctg-diff/1) ou html (page autonome : décompte par règle, constats ajoutés, retirés et modifiés, filtres).")
  String format;
}
