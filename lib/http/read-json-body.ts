// Reads a JSON object request body (every endpoint takes one) with a size cap, turning every way it can be
// wrong into a clear answer.

export type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; error: string };

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    return { ok: false, status: 415, error: "Send the body as JSON with Content-Type: application/json." };
  }
  const tooLarge = { ok: false, status: 413, error: `The body is larger than ${Math.round(maxBytes / 1024)} KB.` } as const;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge;

  // Content-Length can be absent or false: count the bytes as they arrive and stop at the cap.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, status: 400, error: "The body must be a JSON object." };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
