// An export as a stream that reads the database only as fast as the client downloads: each time the reader
// wants more, one keyset batch is read, encoded and handed over (pull-based, high-water mark 0). So a
// million-row export starts at once, holds one batch in memory, and stops reading when the client goes.
// When the stream ends — finished, cancelled or failed — `onEnd` hears how many rows were sent, once, and
// the stream closes only after it resolves: an export whose audit record cannot be written does not finish.
import { encodeHeader, encodeRows, type ExportColumn, type ExportFormat } from "./export-format";

export const EXPORT_BATCH_SIZE = 1000;

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
  let last: Row | null = null;
  let rows = 0;
  let isStarted = false;
  let hasEnded = false;

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
          isStarted = true;
          const batch = await readBatch(last, batchSize);
          onBatch?.(batch.length);
          // The client went away while the batch was read: nothing more is sent or counted.
          if (hasEnded) return;
          if (batch.length > 0) {
            text += encodeRows(columns, batch, format);
            last = batch.at(-1)!;
          }
          if (text) controller.enqueue(encoder.encode(text));
          rows += batch.length;
          // A short batch is the last one: no need to ask again for nothing.
          if (batch.length < batchSize) {
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
