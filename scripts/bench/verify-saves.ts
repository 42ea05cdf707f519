// The "nothing acknowledged is ever lost" check after an autosave run: what
// each simulated learner was told was saved, against what the database holds.

/** What one learner's client saw: how many saves were acknowledged and the last one. */
export type AckRecord = {
  entryId: string;
  acks: number;
  last: { version: number; body: string } | null;
};

export type StoredEntry = { id: string; version: number; body: string };

export type SaveVerification = {
  learners: number;
  acknowledged: number;
  /** Learners whose stored row matches their last acknowledged save. */
  intact: number;
  /** Learners whose last acknowledged text is not what the database holds (must be 0). */
  lost: number;
  /** Learners whose stored version differs from their number of acknowledged saves. */
  versionMismatches: number;
  /**
   * Learners with a newer stored version than they were told about: a save
   * landed but its answer never arrived (timeout). Not a loss; reported so a
   * version mismatch is explained.
   */
  landedUnacknowledged: number;
};

export function verifySaves(records: readonly AckRecord[], stored: ReadonlyMap<string, StoredEntry>): SaveVerification {
  const result: SaveVerification = {
    learners: records.length,
    acknowledged: 0,
    intact: 0,
    lost: 0,
    versionMismatches: 0,
    landedUnacknowledged: 0,
  };
  for (const record of records) {
    result.acknowledged += record.acks;
    const row = stored.get(record.entryId);
    if (!record.last) {
      // Nothing was acknowledged, so nothing can be lost; a row may still exist.
      if (row) result.landedUnacknowledged += 1;
      else result.intact += 1;
      continue;
    }
    if (!row || row.version < record.last.version) {
      result.lost += 1;
      result.versionMismatches += 1;
      continue;
    }
    if (row.version !== record.acks) result.versionMismatches += 1;
    if (row.version > record.last.version) {
      result.landedUnacknowledged += 1;
    } else if (row.body === record.last.body) {
      result.intact += 1;
    } else {
      result.lost += 1;
    }
  }
  return result;
}
