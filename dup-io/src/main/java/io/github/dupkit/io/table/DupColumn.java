package io.github.dupkit.io.table;

/** What a column of a DUP table holds, and at which level of the tree. */
enum DupColumn {
  AREA_ID(Level.KEY),
  AREA(Level.KEY),
  STRATEGIC_OBJECTIVE_ID(Level.KEY),
  STRATEGIC_OBJECTIVE(Level.KEY),
  OPERATIONAL_OBJECTIVE_ID(Level.KEY),
  OPERATIONAL_OBJECTIVE(Level.KEY),
  MISSION(Level.OBJECTIVE),
  PROGRAM(Level.OBJECTIVE),
  PURPOSE(Level.OBJECTIVE),
  COUNCILLORS(Level.OBJECTIVE),
  UNITS(Level.OBJECTIVE),
  PARTNERS(Level.OBJECTIVE),
  UNITS_AND_PARTNERS(Level.OBJECTIVE),
  NOTES(Level.OBJECTIVE),
  EXTRA(Level.OBJECTIVE),
  INDICATOR_ID(Level.INDICATOR),
  INDICATOR(Level.INDICATOR),
  FORMULA(Level.INDICATOR),
  UNIT_OF_MEASURE(Level.INDICATOR),
  POLARITY(Level.INDICATOR),
  SOURCE(Level.INDICATOR),
  WEIGHT(Level.INDICATOR),
  BASELINE(Level.INDICATOR),
  BASELINE_YEAR(Level.INDICATOR),
  TARGET(Level.INDICATOR),
  INDICATOR_NOTES(Level.INDICATOR);

  /** Where a column's cells belong. */
  enum Level {
    /** Names or ids that open areas and objectives. */
    KEY,
    /** Attributes of the objective of the row. */
    OBJECTIVE,
    /** Attributes of the row's indicators, one piece per indicator. */
    INDICATOR
  }

  private final Level level;

  DupColumn(Level level) {
    this.level = level;
  }

  Level level() {
    return level;
  }

  /**
   * The vocabulary of DUP table headers, in Italian. See {@link Vocabulary} for the scoring; the
   * weights make the longer, more specific phrase win.
   */
  static final Vocabulary<DupColumn> VOCABULARY =
      Vocabulary.<DupColumn>builder()
          .add(AREA_ID, 4, "id ambito", "codice ambito", "cod ambito", "id area", "codice area")
          .add(AREA, 1, "area")
          .add(AREA, 2, "ambito", "ambiti")
          .add(
              AREA,
              3,
              "ambito strategico",
              "area strategica",
              "linea di mandato",
              "linee programmatiche",
              "indirizzo strategico",
              "priorita strategica")
          .add(
              STRATEGIC_OBJECTIVE_ID,
              5,
              "id obiettivo strategico",
              "codice obiettivo strategico",
              "cod obiettivo strategico",
              "id ob strategico",
              "codice ob strategico")
          .addWhole(STRATEGIC_OBJECTIVE_ID, 5, "id os", "codice os", "cod os")
          .add(STRATEGIC_OBJECTIVE, 3, "obiettivo strategico", "ob strategico", "obb strategico")
          .addWhole(STRATEGIC_OBJECTIVE, 3, "os")
          .add(MISSION, 3, "missione", "missioni")
          .add(MISSION, 4, "codice missione")
          .add(
              OPERATIONAL_OBJECTIVE_ID,
              5,
              "id obiettivo operativo",
              "codice obiettivo operativo",
              "cod obiettivo operativo",
              "id ob operativo",
              "codice ob operativo")
          .addWhole(OPERATIONAL_OBJECTIVE_ID, 5, "id oo", "codice oo", "cod oo")
          .add(OPERATIONAL_OBJECTIVE, 1, "obiettivo", "obiettivi")
          .add(
              OPERATIONAL_OBJECTIVE,
              3,
              "obiettivo operativo",
              "ob operativo",
              "obb operativo",
              "obiettivo gestionale",
              "obiettivo esecutivo")
          .addWhole(OPERATIONAL_OBJECTIVE, 3, "oo")
          .add(PROGRAM, 3, "programma", "programmi")
          .add(PROGRAM, 4, "codice programma", "programma di bilancio")
          .add(PURPOSE, 1, "descrizione")
          .add(PURPOSE, 2, "finalita", "motivazione")
          .add(
              PURPOSE, 3, "finalita da conseguire", "descrizione obiettivo", "descrizione finalita")
          .add(COUNCILLORS, 2, "assessore", "assessori", "assessorato", "delega", "deleghe")
          .add(
              COUNCILLORS,
              3,
              "assessore di riferimento",
              "referente politico",
              "responsabile politico",
              "assessore competente")
          .add(UNITS, 1, "responsabile", "responsabili")
          .add(
              UNITS,
              2,
              "strutture",
              "struttura",
              "settore",
              "settori",
              "ufficio",
              "uffici",
              "dirigente",
              "direzione",
              "servizio responsabile")
          .add(
              UNITS,
              3,
              "strutture interne",
              "struttura responsabile",
              "centro di responsabilita",
              "unita organizzativa",
              "servizi coinvolti",
              "responsabile gestionale")
          .add(PARTNERS, 2, "partecipate", "partner", "stakeholder", "concessionari")
          .add(
              PARTNERS,
              3,
              "organismi partecipati",
              "soggetti esterni",
              "enti partecipati",
              "societa partecipate",
              "altri soggetti")
          .add(NOTES, 2, "note", "nota", "annotazioni", "osservazioni", "commenti")
          .add(INDICATOR_ID, 4, "id indicatore", "codice indicatore", "cod indicatore")
          .add(INDICATOR, 2, "indicatore", "indicatori", "kpi")
          .add(
              INDICATOR,
              3,
              "descrizione indicatore",
              "nome indicatore",
              "denominazione indicatore",
              "indicatore di risultato")
          .add(FORMULA, 2, "calcolo")
          .add(FORMULA, 3, "formula", "formule", "algoritmo", "algoritmi")
          .add(
              FORMULA,
              4,
              "formula di calcolo",
              "algoritmo di calcolo",
              "metodo di calcolo",
              "modalita di calcolo",
              "modalita calcolo")
          .add(UNIT_OF_MEASURE, 4, "unita di misura", "unita misura")
          .addWhole(UNIT_OF_MEASURE, 4, "um", "u m")
          .add(POLARITY, 3, "polarita", "polarity", "tendenza", "verso")
          .add(POLARITY, 4, "direzione attesa", "andamento atteso", "trend atteso")
          .add(SOURCE, 3, "fonte", "fonti")
          .add(SOURCE, 4, "fonte dati", "fonte del dato", "fonte informativa")
          .add(WEIGHT, 3, "peso", "pesi", "ponderazione")
          .add(BASELINE, 3, "baseline")
          .add(
              BASELINE,
              4,
              "valore di partenza",
              "valore iniziale",
              "dato di partenza",
              "valore base",
              "situazione di partenza",
              "valore storico",
              "valore di riferimento")
          .add(BASELINE_YEAR, 5, "anno di partenza", "anno baseline", "anno base", "anno iniziale")
          .add(BASELINE_YEAR, 6, "anno valore di partenza", "anno del valore di partenza")
          .add(TARGET, 2, "atteso", "attesi", "previsione", "previsto")
          .add(TARGET, 3, "target")
          .add(
              TARGET,
              4,
              "valore atteso",
              "valori attesi",
              "risultato atteso",
              "risultati attesi",
              "valore obiettivo",
              "valore programmato",
              "valore target")
          .add(INDICATOR_NOTES, 5, "note indicatore", "note sull indicatore", "nota indicatore")
          .build();
}
