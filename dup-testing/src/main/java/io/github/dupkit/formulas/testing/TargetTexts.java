package io.github.dupkit.formulas.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Writes random targets as DUP documents do; see {@link FormulaGenerators#targetTexts()}. */
final class TargetTexts {
  private TargetTexts() {}

  private static final List<String> COMPARISONS =
      List.of(
          "",
          ">",
          "> ",
          ">=",
          "≥ ",
          "<",
          "< ",
          "<=",
          "≤",
          "= ",
          "almeno ",
          "non inferiore a ",
          "non superiore a ",
          "maggiore di ",
          "maggiore o uguale a ",
          "minore di ",
          "minore o uguale a ",
          "superiore a ",
          "inferiore a ",
          "fino a ",
          "massimo ",
          "al massimo ",
          "minimo ",
          "oltre ",
          "pari a ",
          "pari o superiore a ",
          "entro ");

  /** A unit written before and after the number. */
  private record Unit(String before, String after) {}

  private static final List<Unit> UNITS =
      List.of(
          new Unit("", ""),
          new Unit("", "%"),
          new Unit("", " %"),
          new Unit("€ ", ""),
          new Unit("€", ""),
          new Unit("", " €"),
          new Unit("", " euro"),
          new Unit("", " gg"),
          new Unit("", " giorni"),
          new Unit("", " kg"),
          new Unit("", " campo"));

  private static final List<String> MONTHS =
      List.of(
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "novembre",
          "dicembre");

  private static final List<String> MARKERS = List.of("", "*", "**");

  /** A target in one of its forms, with a marker, sometimes in capitals or widely spaced. */
  static String target(RandomGenerator rng) {
    String marker = Draws.oneOf(rng, MARKERS);
    String text =
        switch (rng.nextInt(10)) {
          case 0, 1, 2, 3 -> value(rng, true) + marker;
          case 4 -> range(rng) + marker;
          case 5 -> deadline(rng) + marker;
          case 6 -> Draws.oneOf(rng, List.of("SI", "NO", "SÌ", "sì", "si", "no")) + marker;
          case 7 -> maintenance(rng) + marker;
          case 8 -> change(rng) + marker;
          default -> value(rng, false) + marker + " entro il " + date(rng);
        };
    return switch (rng.nextInt(8)) {
      case 6 -> text.toUpperCase(Locale.ROOT);
      case 7 -> "  " + text.replace(" ", "   ") + " ";
      default -> text;
    };
  }

  private static String amount(RandomGenerator rng) {
    BigDecimal v = Draws.decimal(rng, 9, 2);
    return Numbers.italian(v, rng.nextBoolean());
  }

  /** A value with an optional comparison ({@code entro 30 gg} only when {@code entro} may). */
  private static String value(RandomGenerator rng, boolean entro) {
    String drawn = Draws.oneOf(rng, COMPARISONS);
    String comparison = !entro && drawn.equals("entro ") ? "" : drawn;
    Unit unit = Draws.oneOf(rng, UNITS);
    String sign = Draws.oneIn(rng, 6) && !comparison.equals("entro ") ? "-" : "";
    return comparison + sign + unit.before() + amount(rng) + unit.after();
  }

  private static String range(RandomGenerator rng) {
    BigDecimal a = Draws.decimal(rng, 6, 2);
    BigDecimal b = a.add(Draws.decimal(rng, 6, 2));
    String unit = Draws.oneOf(rng, List.of("", "%", " gg"));
    String low = Numbers.italian(a, false) + unit;
    String high = Numbers.italian(b, false) + unit;
    return switch (rng.nextInt(3)) {
      case 0 -> "tra " + low + " e " + high;
      case 1 -> "da " + low + " a " + high;
      default -> "compreso tra " + low + " e " + high;
    };
  }

  private static LocalDate day(RandomGenerator rng) {
    return LocalDate.of(2020, 1, 1).plusDays(rng.nextInt(3653));
  }

  private static String date(RandomGenerator rng) {
    LocalDate d = day(rng);
    return switch (rng.nextInt(3)) {
      case 0 ->
          String.format(
              Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case 1 -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
      default -> d.getDayOfMonth() + " " + MONTHS.get(d.getMonthValue() - 1) + " " + d.getYear();
    };
  }

  private static String deadline(RandomGenerator rng) {
    if (Draws.oneIn(rng, 6)) {
      LocalDate d = day(rng);
      return String.format(Locale.ROOT, "entro il %02d/%02d", d.getDayOfMonth(), d.getMonthValue());
    }
    String prefix = Draws.oneOf(rng, List.of("", "entro il ", "entro ", "entro e non oltre il "));
    return prefix + date(rng);
  }

  private static String reference(RandomGenerator rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> "rispetto al " + (2015 + rng.nextInt(15));
      case 1 -> "rispetto all'anno precedente";
      case 2 -> "rispetto al valore di partenza";
      default -> "rispetto all'anno " + (2015 + rng.nextInt(15));
    };
  }

  private static String maintenance(RandomGenerator rng) {
    String direction =
        Draws.oneOf(
            rng, List.of("", " o aumento", " o riduzione", " o miglioramento", " e crescita"));
    return "mantenimento" + direction + (rng.nextBoolean() ? " " + reference(rng) : "");
  }

  private static String change(RandomGenerator rng) {
    String sign = rng.nextBoolean() ? "-" : "+";
    String unit = Draws.oneOf(rng, List.of("%", "", " gg"));
    return sign + amount(rng) + unit + " " + reference(rng);
  }
}
