// Request ids: a caller's sane X-Request-Id is kept, anything else is replaced by a fresh UUID.
import { describe, expect, it } from "vitest";
import { acceptRequestId, requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("acceptRequestId", () => {
  it("keeps a load balancer's id", () => {
    expect(acceptRequestId("01HZX3K5T9QW8E7R6Y5U4I3O2P")).toBe("01HZX3K5T9QW8E7R6Y5U4I3O2P");
  });

  it.each([null, "", "short", "a".repeat(65), "abc def ghi jkl", "abcdefgh\r\nSet-Cookie: x=1", 'abcdefgh"}'])("replaces %j with a fresh UUID", (incoming) => {
    const id = acceptRequestId(incoming);
    expect(id).toMatch(UUID);
  });

  it("gives each request its own id", () => {
    expect(acceptRequestId(null)).not.toBe(acceptRequestId(null));
  });
});

describe("requestIdFrom", () => {
  it("reads the header proxy.ts set, and nothing insane", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "abcdefgh-1234" }))).toBe("abcdefgh-1234");
    expect(requestIdFrom(new Headers({ "x-request-id": "<script>" }))).toBeUndefined();
    expect(requestIdFrom(new Headers())).toBeUndefined();
  });
});
