package io.github.dupkit.io.table;

import java.util.OptionalInt;

/**
 * A column of a DUP table as its header was recognised.
 *
 * @param index the 0-based index
 * @param concept what the column holds
 * @param header the header as written, or {@code "column X"} when blank
 * @param year the year a target or baseline column names
 * @param endOfPeriod whether a target column is for the end of the period ({@code al 2025})
 */
record Column(int index, DupColumn concept, String header, OptionalInt year, boolean endOfPeriod) {

  /** The 1-based column number. */
  int number() {
    return index + 1;
  }

  /** The name a person finds the column by: its header. */
  String name() {
    return header;
  }
}
