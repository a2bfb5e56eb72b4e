package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of reading targets out of sentences, over a seeded {@link SplittableRandom} (the seed
 * is printed so that a failure can be replayed).
 */
class TargetSentenceProperties {
  private static final long SEED = 0x5E47E4CEL;

  private static final List<String> VERBS =
      List.of(
          "Realizzare",
          "Garantire",
          "Raggiungere",
          "Assicurare",
          "Mantenere",
          "Erogare",
          "Organizzare",
          "Attivare");
  private static final List<String> BEFORE =
      List.of("il", "un", "l'", "nel complesso", "per l'utenza", "con", "annualmente");
  private static final List<String> AFTER =
      List.of(
          "dei procedimenti",
          "delle pratiche evase",
          "di utenti soddisfatti",
          "per anno",
          "sul territorio comunale",
          "nei tempi previsti",
          "della popolazione");
  private static final List<String> TARGETS =
      List.of(
          "almeno 3",
          ">= 75%",
          "non inferiore al 90%",
          "tra 80% e 90%",
          "fino a 10",
          "non meno del 60%",
          "maggiore dell'1,20%",
          "≥ 95%",
          "pari al 100%",
          "massimo 5",
          "uguale o superiore a 50",
          // the forms of issue 14 that carry their own baseline or total
          "≥ al 90%",
          "≥ 50% (baseline 45%)",
          "+10% rispetto alla baseline di 50",
          "riduzione del 10% rispetto alla baseline di 100",
          "aumento del 20% rispetto al valore di partenza pari a 40",
          "ulteriori 5 rispetto alla baseline di 40",
          "+3 per un totale di almeno 60",
          "altri 2 per un totale di almeno 30");

  @Test
  void wordsAroundAValidTarget_neverChangeWhatIsAssessed() {
    System.out.println("TargetSentenceProperties seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 300; i++) {
      String written = pick(random, TARGETS);
      String sentence = sentence(random, written);
      Target alone = Target.parse(written);
      TargetReading reading = Target.read(sentence);

      assertThat(reading.target()).as("%s", sentence).isPresent();
      Target read = reading.target().get();
      for (int v = 0; v <= 120; v += 7) {
        assertThat(read.assess(v).status())
            .as("%s at %s", sentence, v)
            .isEqualTo(alone.assess(v).status());
        assertThat(read.assess(v).achievement())
            .as("%s at %s", sentence, v)
            .isEqualTo(alone.assess(v).achievement());
      }
    }
  }

  @Test
  void sentencesWithExactlyOneNumber_readAsThatNumber() {
    System.out.println("TargetSentenceProperties seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 300; i++) {
      BigDecimal number = BigDecimal.valueOf(random.nextInt(1, 1_000_000), random.nextInt(0, 3));
      String written = number.toPlainString().replace('.', ',');
      String sentence = sentence(random, written);
      TargetReading reading = Target.read(sentence);

      assertThat(reading.target()).as("%s", sentence).isPresent();
      assertThat(reading.target().get().value()).as("%s", sentence).isPresent();
      assertThat(reading.target().get().value().get())
          .as("%s", sentence)
          .isEqualByComparingTo(number);
    }
  }

  @Test
  void changesInWords_readAsTheSignedChangeAndTheirReference() {
    System.out.println("TargetSentenceProperties seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED + 2);
    List<String> up = List.of("aumento", "incremento", "crescita", "aumentare", "incrementare");
    List<String> down = List.of("riduzione", "diminuzione", "calo", "ridurre", "diminuire");
    for (int i = 0; i < 300; i++) {
      boolean increase = random.nextBoolean();
      String word = pick(random, increase ? up : down);
      BigDecimal number = BigDecimal.valueOf(random.nextInt(1, 1000), random.nextInt(0, 2));
      int year = random.nextInt(2015, 2030);
      int pickRef = random.nextInt(4);
      String reference =
          switch (pickRef) {
            case 0 -> "rispetto al " + year;
            case 1 -> "rispetto all'anno precedente";
            case 2 -> "rispetto alla baseline";
            default -> "rispetto alla rilevazione del 31/12/" + year;
          };
      String change =
          word
              + (number.compareTo(BigDecimal.ONE) < 0 ? " dell'" : " del ")
              + number.toPlainString().replace('.', ',')
              + "% "
              + reference;
      String sentence = sentence(random, change);
      TargetReading reading = Target.read(sentence);

      assertThat(reading.target()).as("%s", sentence).isPresent();
      Target t = reading.target().get();
      assertThat(t.form()).as("%s", sentence).isEqualTo(Target.Form.CHANGE);
      assertThat(t.value().get())
          .as("%s", sentence)
          .isEqualByComparingTo(increase ? number : number.negate());
      assertThat(t.reference().get())
          .as("%s", sentence)
          .isEqualTo(
              List.of(
                      Target.Reference.YEAR,
                      Target.Reference.PREVIOUS_YEAR,
                      Target.Reference.STARTING_VALUE,
                      Target.Reference.DATE)
                  .get(pickRef));
      assertThat(Target.parse(t.toString())).as("%s", sentence).isEqualTo(t);
    }
  }

  private static String sentence(SplittableRandom random, String target) {
    StringBuilder s = new StringBuilder(pick(random, VERBS));
    if (random.nextBoolean()) {
      String word = pick(random, BEFORE);
      s.append(' ').append(word);
      if (!word.endsWith("'")) {
        s.append(' ');
      }
    } else {
      s.append(' ');
    }
    s.append(target).append(' ').append(pick(random, AFTER));
    if (random.nextBoolean()) {
      s.append('.');
    }
    return s.toString();
  }

  private static String pick(SplittableRandom random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }
}
