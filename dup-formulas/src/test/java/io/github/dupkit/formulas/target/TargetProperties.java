package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Target.Form;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/** Properties of reading and printing targets. */
class TargetProperties {

  /** A target written from parts, with what it must read as. */
  record Written(
      String text,
      Form form,
      @Nullable Comparison comparison,
      @Nullable BigDecimal value,
      String unit,
      boolean annual,
      boolean revisable,
      @Nullable LocalDate deadline) {
    @Override
    public String toString() {
      return text;
    }
  }

  @Property(tries = 500)
  void parse_targetWrittenFromParts_readsAsItsParts(@ForAll("written") Written w) {
    Target target = Target.parse(w.text());

    assertThat(target.form()).isEqualTo(w.form());
    assertThat(target.comparison()).isEqualTo(Optional.ofNullable(w.comparison()));
    if (w.value() == null) {
      assertThat(target.value()).isEmpty();
    } else {
      assertThat(target.value()).isPresent();
      assertThat(target.value().get()).isEqualByComparingTo(w.value());
    }
    assertThat(target.unit().orElse("")).isEqualTo(w.unit());
    assertThat(target.isAnnual()).isEqualTo(w.annual());
    assertThat(target.isRevisable()).isEqualTo(w.revisable());
    assertThat(target.deadline()).isEqualTo(Optional.ofNullable(w.deadline()));
    assertThat(target.text()).isEqualTo(w.text());
  }

  @Property(tries = 500)
  void print_thenParse_givesAnEqualTargetAndTheSameText(@ForAll("anyWritten") String text) {
    Target target = Target.parse(text);
    String printed = target.toString();
    Target again = Target.parse(printed);

    assertThat(again).isEqualTo(target);
    assertThat(again.hashCode()).isEqualTo(target.hashCode());
    assertThat(again.toString()).isEqualTo(printed);
  }

  @Property(tries = 300)
  void print_thenParse_withPolarity_givesAnEqualTarget(
      @ForAll("anyWritten") String text, @ForAll Polarity polarity) {
    Target target = Target.parse(text, polarity);

    assertThat(Target.parse(target.toString())).isEqualTo(target);
  }

  @Property(tries = 1000)
  void parse_anyText_givesATargetOrASyntaxErrorInsideTheText(@ForAll("noise") String text) {
    try {
      Target target = Target.parse(text);
      assertThat(Target.parse(target.toString())).isEqualTo(target);
    } catch (TargetSyntaxException e) {
      assertThat(e.getErrorIndex()).isBetween(0, text.length());
      assertThat(e.getParsedString()).isEqualTo(text);
      assertThat(e.getMessage()).startsWith("Cannot read target at index " + e.getErrorIndex());
    }
  }

  @Property(tries = 300)
  void parse_anyUnicodeText_givesATargetOrASyntaxError(@ForAll String text) {
    try {
      assertThat(Target.parse(text).text()).isEqualTo(text);
    } catch (TargetSyntaxException e) {
      assertThat(e.getErrorIndex()).isBetween(0, text.length());
    }
  }

  @Property(tries = 1000)
  void read_anyText_neverThrowsAndAccountsForWhatItSkips(@ForAll("noise") String text) {
    TargetReading reading = Target.read(text);

    assertThat(reading.text()).isEqualTo(text);
    for (Target target : reading.targets()) {
      assertThat(text).contains(target.text());
      assertThat(Target.parse(target.toString())).isEqualTo(target);
    }
    for (TargetReading.Problem problem : reading.problems()) {
      assertThat(problem.index()).isBetween(0, text.length());
      assertThat(text).contains(problem.fragment());
      assertThat(problem.fragment()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void read_targetsSeparatedByTwoSpaces_readsEachOne(@ForAll("cellTarget") List<String> texts) {
    TargetReading reading = Target.read(String.join("  ", texts));

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.targets()).extracting(Target::text).containsExactlyElementsOf(texts);
  }

  // ---- generators ----

  @Provide
  Arbitrary<String> anyWritten() {
    return written().map(Written::text);
  }

  /** Targets as a cell would hold them: no deadline or change, whose words could run on. */
  @Provide
  Arbitrary<List<String>> cellTarget() {
    return Arbitraries.oneOf(value(), range(), yesNo())
        .map(Written::text)
        .filter(t -> !t.contains("  "))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<Written> written() {
    return Combinators.combine(
            Arbitraries.oneOf(
                value(), value(), range(), deadline(), yesNo(), maintenance(), change()),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(
            (w, upper, spaced) -> {
              String text = w.text();
              if (upper) {
                text = text.toUpperCase(Locale.ROOT);
              }
              if (spaced) {
                text = "  " + text.replace(" ", "   ") + " ";
              }
              return new Written(
                  text,
                  w.form(),
                  w.comparison(),
                  w.value(),
                  w.unit(),
                  w.annual(),
                  w.revisable(),
                  w.deadline());
            });
  }

  private static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("100000000"))
        .ofScale(2)
        .flatMap(
            v ->
                Arbitraries.integers()
                    .between(0, 2)
                    .map(scale -> v.setScale(scale, java.math.RoundingMode.DOWN)));
  }

  /** Writes a non-negative number in Italian, with or without thousands separators. */
  private static Arbitrary<String> written(BigDecimal value) {
    String plain = ItalianNumbers.format(value);
    int comma = plain.indexOf(',');
    String integer = comma < 0 ? plain : plain.substring(0, comma);
    StringBuilder grouped = new StringBuilder(integer);
    for (int i = integer.length() - 3; i > 0; i -= 3) {
      grouped.insert(i, '.');
    }
    String groupedText = grouped + (comma < 0 ? "" : plain.substring(comma));
    return Arbitraries.of(plain, groupedText);
  }

  private record Unit(String before, String after, String unit) {}

  private static Arbitrary<Unit> units() {
    return Arbitraries.of(
        new Unit("", "", ""),
        new Unit("", "%", "%"),
        new Unit("", " %", "%"),
        new Unit("€ ", "", "€"),
        new Unit("€", "", "€"),
        new Unit("", " €", "€"),
        new Unit("", " euro", "€"),
        new Unit("", " gg", "gg"),
        new Unit("", " kg", "kg"),
        new Unit("", " campo", "campo"),
        new Unit("", " giorni", "giorni"));
  }

  private static Arbitrary<Tuple.Tuple2<String, @Nullable Comparison>> comparisons() {
    return Arbitraries.of(
        Tuple.of("", null),
        Tuple.of(">", Comparison.MORE_THAN),
        Tuple.of("> ", Comparison.MORE_THAN),
        Tuple.of(">=", Comparison.AT_LEAST),
        Tuple.of("≥ ", Comparison.AT_LEAST),
        Tuple.of("<", Comparison.LESS_THAN),
        Tuple.of("<= ", Comparison.AT_MOST),
        Tuple.of("≤", Comparison.AT_MOST),
        Tuple.of("= ", Comparison.EQUAL_TO),
        Tuple.of("maggiore di ", Comparison.MORE_THAN),
        Tuple.of("maggiore o uguale a ", Comparison.AT_LEAST),
        Tuple.of("minore di ", Comparison.LESS_THAN),
        Tuple.of("minore o uguale a ", Comparison.AT_MOST),
        Tuple.of("superiore a ", Comparison.MORE_THAN),
        Tuple.of("inferiore a ", Comparison.LESS_THAN),
        Tuple.of("non inferiore a ", Comparison.AT_LEAST),
        Tuple.of("non superiore a ", Comparison.AT_MOST),
        Tuple.of("almeno ", Comparison.AT_LEAST),
        Tuple.of("fino a ", Comparison.AT_MOST),
        Tuple.of("massimo ", Comparison.AT_MOST),
        Tuple.of("minimo ", Comparison.AT_LEAST),
        Tuple.of("oltre ", Comparison.MORE_THAN),
        Tuple.of("pari a ", Comparison.EQUAL_TO));
  }

  private static Arbitrary<Tuple.Tuple3<String, Boolean, Boolean>> markers() {
    return Arbitraries.of(
        Tuple.of("", false, false), Tuple.of("*", true, false), Tuple.of("**", false, true));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
  }

  private static String date(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  private static Arbitrary<Written> value() {
    Arbitrary<String> deadlines =
        Arbitraries.oneOf(Arbitraries.just(""), dates().map(d -> " entro il " + date(d)));
    return Combinators.combine(
            comparisons(), Arbitraries.of(false, true), amounts(), units(), markers(), deadlines)
        .flatAs(
            (comparison, negative, amount, unit, marker, deadline) ->
                written(amount)
                    .map(
                        number -> {
                          BigDecimal value = negative ? amount.negate() : amount;
                          String sign = negative ? "-" : "";
                          String text =
                              comparison.get1()
                                  + sign
                                  + unit.before()
                                  + number
                                  + unit.after()
                                  + marker.get1()
                                  + deadline;
                          LocalDate due =
                              deadline.isEmpty()
                                  ? null
                                  : parseDate(deadline.substring(" entro il ".length()));
                          return new Written(
                              text,
                              Form.VALUE,
                              comparison.get2(),
                              value,
                              unit.unit(),
                              marker.get2(),
                              marker.get3(),
                              due);
                        }));
  }

  private static LocalDate parseDate(String text) {
    String[] p = text.split("/");
    return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
  }

  private static Arbitrary<Written> range() {
    return Combinators.combine(
            amounts(),
            amounts(),
            Arbitraries.of("%", "", " gg"),
            Arbitraries.of(true, false),
            markers())
        .as(
            (a, b, unit, tra, marker) -> {
              BigDecimal low = a.min(b);
              BigDecimal high = a.max(b);
              String lowText = ItalianNumbers.format(low) + unit;
              String highText = ItalianNumbers.format(high) + unit;
              String text =
                  (tra ? "tra " + lowText + " e " + highText : "da " + lowText + " a " + highText)
                      + marker.get1();
              return new Written(
                  text, Form.RANGE, null, null, unit.trim(), marker.get2(), marker.get3(), null);
            });
  }

  private static Arbitrary<Written> deadline() {
    return Combinators.combine(
            dates(), Arbitraries.of("", "entro il ", "entro ", "entro e non oltre il "), markers())
        .as(
            (d, prefix, marker) ->
                new Written(
                    prefix + date(d) + marker.get1(),
                    Form.DEADLINE,
                    null,
                    null,
                    "",
                    marker.get2(),
                    marker.get3(),
                    d));
  }

  private static Arbitrary<Written> yesNo() {
    return Combinators.combine(Arbitraries.of("SI", "SÌ", "sì", "NO", "no"), markers())
        .as(
            (word, marker) ->
                new Written(
                    word + marker.get1(),
                    Form.YES_NO,
                    null,
                    null,
                    "",
                    marker.get2(),
                    marker.get3(),
                    null));
  }

  private static Arbitrary<String> references() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(2000, 2099).map(y -> "rispetto al " + y),
        Arbitraries.of(
            "rispetto all'anno precedente",
            "rispetto al valore di partenza",
            "rispetto alla baseline"));
  }

  private static Arbitrary<Written> maintenance() {
    return Combinators.combine(
            Arbitraries.of(
                Tuple.of("", (Comparison) null),
                Tuple.of(" o aumento", Comparison.AT_LEAST),
                Tuple.of(" o riduzione", Comparison.AT_MOST),
                Tuple.of(" o miglioramento", (Comparison) null)),
            Arbitraries.oneOf(Arbitraries.just(""), references().map(r -> " " + r)),
            markers())
        .as(
            (direction, reference, marker) ->
                new Written(
                    "mantenimento" + direction.get1() + reference + marker.get1(),
                    Form.MAINTENANCE,
                    direction.get2(),
                    null,
                    "",
                    marker.get2(),
                    marker.get3(),
                    null));
  }

  private static Arbitrary<Written> change() {
    return Combinators.combine(
            Arbitraries.of("+", "-"),
            amounts(),
            Arbitraries.of("%", "", " gg"),
            references(),
            markers())
        .as(
            (sign, amount, unit, reference, marker) ->
                new Written(
                    sign + ItalianNumbers.format(amount) + unit + " " + reference + marker.get1(),
                    Form.CHANGE,
                    sign.equals("+") ? Comparison.AT_LEAST : Comparison.AT_MOST,
                    sign.equals("+") ? amount : amount.negate(),
                    unit.trim(),
                    marker.get2(),
                    marker.get3(),
                    null));
  }

  /** Text near targets: their characters and words, shuffled, plus written targets cut short. */
  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "0",
            "1",
            "12",
            "2024",
            "30/06",
            "/",
            ".",
            ",",
            ",5",
            ".000",
            "%",
            "€",
            "*",
            "**",
            "<",
            ">",
            "=",
            "≥",
            "≤",
            "+",
            "-",
            "–",
            " ",
            "  ",
            "'",
            "’",
            "\t",
            "\n",
            "<b>",
            "</b>",
            "<i",
            "tra",
            "da",
            "e",
            "a",
            "entro",
            "il",
            "l'",
            "SI",
            "sì",
            "no",
            "mantenimento",
            "o",
            "aumento",
            "rispetto",
            "al",
            "all'anno",
            "anno",
            "precedente",
            "valore",
            "di",
            "partenza",
            "almeno",
            "non",
            "inferiore",
            "maggiore",
            "uguale",
            "gg",
            "campo",
            "giugno",
            "euro",
            "x",
            "é",
            "\u0301",
            "\uD83D\uDE00");
    Arbitrary<String> shuffled = pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    Arbitrary<String> spaced = pieces.list().ofMaxSize(8).map(l -> String.join(" ", l));
    Arbitrary<String> cut =
        anyWritten()
            .flatMap(
                t -> Arbitraries.integers().between(0, t.length()).map(n -> t.substring(0, n)));
    Arbitrary<String> joined = anyWritten().list().ofMaxSize(3).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(shuffled, spaced, cut, joined, Arbitraries.strings().ofMaxLength(20));
  }
}
