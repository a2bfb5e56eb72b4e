package io.github.dupkit.examples;

import io.github.dupkit.io.table.DupTableReader;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.io.table.TableFormat;
import io.github.dupkit.io.table.TableImport;
import java.io.IOException;
import java.io.StringReader;

/** Imports a DUP table (here a tiny TSV) and lists what the reader decided. */
public final class ImportTable {
  private ImportTable() {}

  /** A table as an office keeps it: one row per objective, two indicators in one cell. */
  static final String TABLE =
      "AMBITO STRATEGICO\tOB. STRATEGICO\tOBIETTIVI OPERATIVI\tINDICATORI\tFORMULA\tVALORE ATTESO AL"
          + " 2025\n"
          + "CITTA' DEL FUTURO\tSPAZI PUBBLICI SICURI\tRafforzare la sicurezza urbana\t"
          + "sicurezza del territorio  indice di criminalità\t"
          + "(n. agenti di Pm/ numero abitanti)*1000  numero denunce/100.000 abitanti\t1  5000\n";

  /**
   * Prints the counts of the import and its warnings.
   *
   * @param args ignored
   * @throws IOException never, for a string
   */
  public static void main(String[] args) throws IOException {
    TableImport imp =
        DupTableReader.standard()
            .withAuthority("Comune di Prato")
            .withPeriod(2023, 2025)
            .read(new StringReader(TABLE), TableFormat.TSV);
    System.out.println(imp); // TableImport{1 areas, ..., 2 indicators, ...}
    imp.dup().indicators().forEach(i -> System.out.println(i.id() + " " + i.name()));
    imp.diagnostics(Severity.WARNING).forEach(System.out::println);
  }
}
