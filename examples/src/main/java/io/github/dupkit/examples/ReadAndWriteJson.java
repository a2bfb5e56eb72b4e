package io.github.dupkit.examples;

import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.model.Dup;

/** Writes a DUP as JSON and reads it back. */
public final class ReadAndWriteJson {
  private ReadAndWriteJson() {}

  /**
   * Prints the JSON of a small DUP and whether it reads back equal.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Dup dup = BuildDupInCode.build();
    String json = DupJson.write(dup);
    Dup back = DupJson.read(json, Dup.class);
    System.out.println(json);
    System.out.println("reads back equal: " + back.equals(dup)); // true
  }
}
