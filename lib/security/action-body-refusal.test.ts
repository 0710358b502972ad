// proxy.ts's check of server action bodies: what React could not decode gets a 400, real calls pass.
import { describe, expect, it } from "vitest";
import { actionBodyRefusal, mayBeActionPost } from "./action-body-refusal";

const call = (body: BodyInit, contentType?: string) =>
  new Request("http://localhost/opsiq/request", {
    method: "POST",
    headers: { "Next-Action": "7057", ...(contentType ? { "Content-Type": contentType } : {}) },
    body,
  });

describe("actionBodyRefusal", () => {
  it("passes a JavaScript call as the browser sends it", async () => {
    const form = new FormData();
    form.set("0", JSON.stringify(["opsiq", null, "$K1"]));
    form.set("1_email", "ana@example.com");
    expect(await actionBodyRefusal(call(form))).toBeNull();
    expect(await actionBodyRefusal(call('["opsiq",null]', "text/plain;charset=UTF-8"))).toBeNull();
  });

  it("passes a form posted without JavaScript", async () => {
    const form = new FormData();
    form.set("$ACTION_REF_1", "");
    form.set("$ACTION_1:0", JSON.stringify({ id: "7057", bound: "$@1" }));
    form.set("$ACTION_1:1", JSON.stringify(["opsiq", null]));
    form.set("email", "not json, a field");
    const request = new Request("http://localhost/opsiq/request", { method: "POST", body: form });
    expect(await actionBodyRefusal(request)).toBeNull();
  });

  it.each([
    ["truncated JSON", "[\"opsiq\","],
    ["JSON that is not a list of arguments", '{"a":1}'],
    ["text", "AAAA"],
  ])("refuses %s with a message a person understands", async (_label, body) => {
    expect(await actionBodyRefusal(call(body, "text/plain;charset=UTF-8"))).toBe("This form could not be read. Reload the page and send it again.");
  });

  it("refuses a multipart call whose arguments do not parse, and bound arguments that do not", async () => {
    const form = new FormData();
    form.set("0", "lone \uD800 surrogate");
    expect(await actionBodyRefusal(call(form))).not.toBeNull();
    const badName = new FormData();
    badName.set("0", '["opsiq"]');
    badName.set("1_a\u0000b", "x");
    expect(await actionBodyRefusal(call(badName))).not.toBeNull();
    const strayReference = new FormData();
    strayReference.set("$ACTION_REF_1", "");
    strayReference.set("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
    strayReference.set("$ACTION_1:1", '["$where", null]');
    expect(await actionBodyRefusal(new Request("http://localhost/x", { method: "POST", body: strayReference }))).not.toBeNull();
    strayReference.set("$ACTION_1:1", '["opsiq", null]');
    expect(await actionBodyRefusal(new Request("http://localhost/x", { method: "POST", body: strayReference }))).toBeNull();
    const noJs = new FormData();
    noJs.set("$ACTION_1:1", "%00");
    expect(await actionBodyRefusal(new Request("http://localhost/x", { method: "POST", body: noJs }))).not.toBeNull();
  });
});

describe("actionBodyRefusal: references to other parts", () => {
  it("refuses a call whose arguments refer to a part the body does not hold (React would wait for it, then fail)", async () => {
    expect(await actionBodyRefusal(call('["opsiq", "$@1"]', "text/plain;charset=UTF-8"))).not.toBeNull();
    expect(await actionBodyRefusal(call('[{"a": ["$Q2"]}]', "text/plain;charset=UTF-8"))).not.toBeNull();
    // Untagged: "${7*7}" is read as a reference to a part with no id at all.
    expect(await actionBodyRefusal(call('["opsiq", ["${7*7}"]]', "text/plain;charset=UTF-8"))).not.toBeNull();
    const form = new FormData();
    form.set("0", '["opsiq", "$@a"]');
    expect(await actionBodyRefusal(call(form))).not.toBeNull();
  });

  it("lets through what the browser sends: literal dollars, FormData arguments and parts that are there", async () => {
    expect(await actionBodyRefusal(call('["opsiq", "$$5 off", "$K1", "$undefined", "$D2026-11-26T00:00:00.000Z"]', "text/plain;charset=UTF-8"))).toBeNull();
    const form = new FormData();
    form.set("0", '["opsiq", null, "$K1", "$@a"]');
    form.set("1_answer", "Here it is");
    form.set("10", '"$$literal"');
    expect(await actionBodyRefusal(call(form))).toBeNull();
  });
});

describe("mayBeActionPost", () => {
  it("looks at POSTs outside /api only", () => {
    const headers = new Headers({ "next-action": "1" });
    expect(mayBeActionPost("POST", "/opsiq/request", headers)).toBe(true);
    expect(mayBeActionPost("GET", "/opsiq/request", headers)).toBe(false);
    expect(mayBeActionPost("POST", "/api/auth/callback/password", headers)).toBe(false);
    expect(mayBeActionPost("POST", "/opsiq/request", new Headers({ "content-type": "application/json" }))).toBe(false);
  });
});
