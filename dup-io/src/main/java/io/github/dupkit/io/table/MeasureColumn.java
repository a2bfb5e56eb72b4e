package io.github.dupkit.io.table;

/** What a column of a measurements sheet holds. */
enum MeasureColumn {
  INDICATOR_ID,
  INDICATOR,
  YEAR,
  VALUE,
  COMPLETED_ON,
  /** Columns a template repeats from the DUP for the reader's eye: not read. */
  INFORMATION,
  /** A variable of a formula, by the header's name. */
  VARIABLE;

  /** The vocabulary of measurement headers, in Italian; see {@link Vocabulary}. */
  static final Vocabulary<MeasureColumn> VOCABULARY =
      Vocabulary.<MeasureColumn>builder()
          .add(
              INDICATOR_ID,
              4,
              "id indicatore",
              "codice indicatore",
              "cod indicatore",
              "indicatore id")
          .addWhole(INDICATOR_ID, 3, "id", "codice", "cod")
          .add(INDICATOR, 2, "indicatore")
          .add(
              INDICATOR, 3, "nome indicatore", "descrizione indicatore", "denominazione indicatore")
          .add(YEAR, 3, "anno", "esercizio", "annualita")
          .add(YEAR, 4, "anno di riferimento", "anno misurazione", "anno rilevazione")
          .add(VALUE, 2, "valore", "consuntivo", "risultato", "misura")
          .add(
              VALUE,
              3,
              "valore rilevato",
              "valore misurato",
              "valore consuntivo",
              "valore effettivo",
              "dato rilevato",
              "risultato raggiunto",
              "valore raggiunto")
          .add(COMPLETED_ON, 3, "data")
          .add(
              COMPLETED_ON,
              4,
              "data di completamento",
              "data completamento",
              "completato il",
              "data di realizzazione",
              "data realizzazione",
              "data di conclusione")
          .add(INFORMATION, 3, "formula", "algoritmo", "note", "unita di misura", "obiettivo")
          .add(
              INFORMATION,
              5,
              "valore atteso",
              "target",
              "risultato atteso",
              "obiettivo operativo",
              "valore di partenza")
          .build();
}
