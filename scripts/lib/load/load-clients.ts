// Concurrent clients filing requests through POST /api/v1/orgs/{org}/requests, each with its own
// Idempotency-Key, some sent twice (after the answer, or while the first is still in flight). A client retries
// the same key, same body, after a connection error or a 503 until it gets an answer: what each key finally
// got, every answer's status and time, and any wait longer than the allowed one are recorded.

export type LoadOptions = {
  /** App base URLs; clients spread over them round-robin. */
  urls: string[];
  orgSlug: string;
  relationship: string;
  submissions: number;
  clients: number;
  retryFraction: number;
  /** Recipients are `${prefix}-${i}@load.example`: one address per submission. */
  prefix: string;
  /** An answer slower than this (or none at all within it) counts as a hang. */
  maxAnswerMs: number;
  /** A key still without an answer at this time is given up. */
  deadline: number;
  /** Called after each finished submission with the number finished so far (fault injection hooks in here). */
  onProgress?: (done: number) => void;
};

export type LoadResult = {
  accepted: Set<string>; // emails whose key got a 202
  replays: number;
  replayMismatches: number; // a duplicate not answered 202 + Idempotent-Replayed, or a first answer marked replayed
  statuses: Map<number, number>;
  connectionErrors: number;
  hangs: number;
  maxLatencyMs: number;
  gaveUp: number;
  unexpected: string[]; // a few examples of unexpected answers
  durationMs: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    accepted: new Set(),
    replays: 0,
    replayMismatches: 0,
    statuses: new Map(),
    connectionErrors: 0,
    hangs: 0,
    maxLatencyMs: 0,
    gaveUp: 0,
    unexpected: [],
    durationMs: 0,
  };
  const started = Date.now();
  let next = 0;
  let done = 0;
  let turn = 0;

  type Answer = { status: number; replayed: boolean } | { status: "connection" };

  const send = async (key: string, body: string): Promise<Answer> => {
    const url = options.urls[turn++ % options.urls.length]!;
    const t0 = Date.now();
    try {
      const answer = await fetch(`${url}/api/v1/orgs/${options.orgSlug}/requests`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key, "x-forwarded-for": `10.${(next >> 8) & 255}.${next & 255}.1` },
        body,
        signal: AbortSignal.timeout(options.maxAnswerMs),
      });
      await answer.arrayBuffer();
      const ms = Date.now() - t0;
      result.maxLatencyMs = Math.max(result.maxLatencyMs, ms);
      result.statuses.set(answer.status, (result.statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 202 && answer.status !== 503 && result.unexpected.length < 5) result.unexpected.push(`${answer.status} after ${ms} ms`);
      return { status: answer.status, replayed: answer.headers.get("idempotent-replayed") === "true" };
    } catch (error) {
      const ms = Date.now() - t0;
      result.maxLatencyMs = Math.max(result.maxLatencyMs, ms);
      if ((error as Error).name === "TimeoutError") result.hangs++;
      else result.connectionErrors++;
      return { status: "connection" };
    }
  };

  /** Sends until an answer other than a connection error or 503 arrives, or the deadline passes. */
  const untilAnswered = async (key: string, body: string): Promise<Answer | null> => {
    for (let attempt = 0; Date.now() < options.deadline; attempt++) {
      const answer = await send(key, body);
      if (answer.status !== "connection" && answer.status !== 503) return answer;
      await sleep(Math.min(100 * 2 ** attempt, 2000));
    }
    return null;
  };

  const client = async () => {
    for (;;) {
      const i = next++;
      if (i >= options.submissions) return;
      const email = `${options.prefix}-${i}@load.example`;
      const key = `${options.prefix}-${i}-${Math.random().toString(36).slice(2)}`;
      const body = JSON.stringify({ type: "ACCESS", relationship: options.relationship, name: `Load ${i}`, email, jurisdiction: "NZ" });
      const retried = Math.random() < options.retryFraction;
      // Half the retried ones are sent twice at once (the duplicate arrives while the first is in flight).
      const inFlight = retried && Math.random() < 0.5;
      const answers = await Promise.all(inFlight ? [untilAnswered(key, body), untilAnswered(key, body)] : [untilAnswered(key, body)]);
      if (retried && !inFlight) answers.push(await untilAnswered(key, body));
      if (answers.some((a) => a === null)) result.gaveUp++;
      const got = answers.filter((a): a is { status: number; replayed: boolean } => a !== null && a.status !== "connection");
      if (got.some((a) => a.status === 202)) result.accepted.add(email);
      if (retried) {
        result.replays++;
        // Of the answers to one key, all are 202 and at most one is the original (a retry after a lost answer
        // may be the original too, when the first attempt never reached the app).
        if (got.some((a) => a.status !== 202) || got.filter((a) => !a.replayed).length > 1) result.replayMismatches++;
      }
      options.onProgress?.(++done);
    }
  };

  await Promise.all(Array.from({ length: options.clients }, client));
  result.durationMs = Date.now() - started;
  return result;
}
