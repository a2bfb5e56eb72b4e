package io.github.dupkit.examples;

import io.github.dupkit.model.Dup;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for a user's own storage of DUPs, for the round-trip example of the README. */
final class MyStorage {
  private static final List<Dup> STORED = new ArrayList<>();

  private MyStorage() {}

  static synchronized int save(Dup dup) {
    STORED.add(dup);
    return STORED.size() - 1;
  }

  static synchronized Dup load(int key) {
    return STORED.get(key);
  }
}
