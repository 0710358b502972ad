// Reads a multipart/form-data request body with a size cap, turning every way it can be wrong into a clear answer.

export type MultipartBody = { ok: true; value: FormData } | { ok: false; status: 400 | 413 | 415; error: string };

export async function readMultipartBody(request: Request, maxBytes: number): Promise<MultipartBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return { ok: false, status: 415, error: "Send the body as multipart/form-data." };
  }
  const tooLarge = { ok: false, status: 413, error: `The body is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.` } as const;
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return tooLarge;
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
  try {
    return { ok: true, value: await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData() };
  } catch {
    return { ok: false, status: 400, error: "The body is not valid multipart/form-data." };
  }
}
