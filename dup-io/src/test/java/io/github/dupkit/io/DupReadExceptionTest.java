package io.github.dupkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DupReadExceptionTest {

  @Test
  void message_namesLineColumnPathAndProblem() {
    DupReadException e = new DupReadException("unknown field 'nmae'", 7, 15, "/areas/0/nmae");

    assertThat(e.getMessage())
        .isEqualTo("line 7, column 15, at /areas/0/nmae: unknown field 'nmae'");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e.path()).isEqualTo("/areas/0/nmae");
    assertThat(e.problem()).isEqualTo("unknown field 'nmae'");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void message_leavesOutWhatIsUnknown() {
    assertThat(new DupReadException("the file is empty", 0, 0, "").getMessage())
        .isEqualTo("the file is empty");
    assertThat(new DupReadException("bad", 3, 0, "").getMessage()).isEqualTo("line 3: bad");
    assertThat(new DupReadException("bad", 0, 0, "B12").getMessage()).isEqualTo("at B12: bad");
  }

  @Test
  void cause_isKept() {
    IOException cause = new IOException("disk");
    assertThat(new DupReadException("bad", 1, 1, "", cause).getCause()).isSameAs(cause);
  }

  @Test
  void constructor_rejectsBlankProblemsAndNegativePositions() {
    assertThatThrownBy(() -> new DupReadException(" ", 1, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DupReadException("bad", -1, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DupReadException("bad", 1, -1, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void message_givesThePlaceInTheReadersLanguage() {
    DupReadException e =
        new DupReadException(
            "bad", l -> l.getLanguage().equals("en") ? "bad" : "sbagliato", 7, 15, "B12", null);
    assertThat(e.message(Locale.ITALIAN)).isEqualTo("riga 7, colonna 15, cella B12: sbagliato");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("line 7, column 15, cell B12: bad");
    assertThat(e.getMessage()).isEqualTo("line 7, column 15, at B12: bad");
    assertThat(new DupReadException("bad", 3, 0, "/areas/0").message(Locale.ITALIAN))
        .isEqualTo("riga 3, percorso /areas/0: bad");
    assertThat(new DupReadException("bad", 0, 0, "").message(Locale.ITALIAN)).isEqualTo("bad");
  }

  @Test
  void message_ofATable_isItalian() {
    DupReadException e =
        assertThrows(
            DupReadException.class,
            () ->
                io.github.dupkit.io.table.DupTableReader.standard()
                    .read(
                        new java.io.ByteArrayInputStream(new byte[0]),
                        io.github.dupkit.io.table.TableFormat.TSV));
    assertThat(e.message(Locale.ITALIAN))
        .isEqualTo("il file è vuoto: non c'è nessuna tabella da leggere");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
  }

  @Test
  void everyPlaceKeyIsUsed() throws IOException {
    String source =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/main/java/io/github/dupkit/io/DupReadException.java"));
    for (ReadMsg key : ReadMsg.values()) {
      assertThat(source).contains("ReadMsg." + key.name());
    }
  }
}
