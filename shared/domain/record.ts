/** Fields every stored record carries. Times are epoch milliseconds. */
export interface RecordMeta {
  /** ULID: unique and sortable by creation time. */
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the record is in the Trash; null when live. */
  deletedAt: number | null;
}
