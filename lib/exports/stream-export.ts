// An export as a stream that reads the database only as fast as the client downloads: each time the reader
// wants more, one keyset batch is handed over, encoded, and the next one is asked of the database while this
// one travels (pull-based, high-water mark 0, one batch read ahead: the database and the encoding overlap,
// which a large export needed to keep up with COPY — docs/benchmarks.md). So a million-row export starts at
// once, holds at most two batches in memory, and stops reading when the client goes.
// When the stream ends — finished, cancelled or failed — `onEnd` hears how many rows were sent, once, and
// the stream closes only after it resolves: an export whose audit record cannot be written does not finish.
import { encodeHeader, encodeRows, type ExportColumn, type ExportFormat } from "./export-format";

export const EXPORT_BATCH_SIZE = 2500;

export type ExportOutcome = "complete" | "cancelled" | "failed";
export type ExportSummary = { rows: number; outcome: ExportOutcome };

export type StreamExportOptions<Row> = {
  columns: readonly ExportColumn<Row>[];
  format: ExportFormat;
  /** At most `limit` rows after `last` (the first ones for null), in the export's keyset order. */
  readBatch: (last: Row | null, limit: number) => Promise<Row[]>;
  batchSize?: number;
  onEnd: (summary: ExportSummary) => Promise<void>;
  /** Told the size of each batch as it is read (tests count the reads). */
  onBatch?: (rows: number) => void;
};

export function streamExport<Row>(options: StreamExportOptions<Row>): ReadableStream<Uint8Array> {
  const { columns, format, readBatch, onEnd, onBatch } = options;
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const encoder = new TextEncoder();
  let rows = 0;
  let isStarted = false;
  let hasEnded = false;
  // The batch being read: the one the next pull hands over. Settled into a value, so a read that fails
  // while nobody waits for it is reported by that pull, not as an unhandled rejection.
  let reading: Promise<{ batch: Row[] } | { error: unknown }> | null = null;
  const read = (last: Row | null) => {
    reading = readBatch(last, batchSize).then(
      (batch) => {
        onBatch?.(batch.length);
        return { batch };
      },
      (error: unknown) => ({ error }),
    );
  };

  const end = async (outcome: ExportOutcome) => {
    if (hasEnded) return;
    hasEnded = true;
    await onEnd({ rows, outcome });
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          let text = isStarted ? "" : encodeHeader(columns, format);
          if (!isStarted) read(null);
          isStarted = true;
          const result = await reading!;
          if ("error" in result) throw result.error;
          const { batch } = result;
          // The client went away while the batch was read: nothing more is sent or counted.
          if (hasEnded) return;
          // A short batch is the last one: no need to ask again for nothing.
          const isLast = batch.length < batchSize;
          if (!isLast) read(batch.at(-1)!);
          if (batch.length > 0) text += encodeRows(columns, batch, format);
          if (text) controller.enqueue(encoder.encode(text));
          rows += batch.length;
          if (isLast) {
            await end("complete");
            controller.close();
          }
        } catch (error) {
          try {
            await end("failed");
          } finally {
            controller.error(error);
          }
        }
      },
      async cancel() {
        await end("cancelled");
      },
    },
    { highWaterMark: 0 },
  );
}
