// .env.example lists every setting lib/env.ts reads, each with lib/env.ts's own default and a line saying
// what it means; a variable added to, renamed in or removed from either one fails here until the other follows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { envSchema } from "./env";

const EXAMPLE = readFileSync(path.join(__dirname, "..", ".env.example"), "utf8");
const VARIABLE_LINE = /^# ?([A-Z][A-Z0-9_]*)=(.*)$/;

type Entry = { name: string; value: string; meaning: string[] };

/** The variable lines (`# NAME=default`) of .env.example, each with the prose comment lines above its group. */
function exampleEntries(): Entry[] {
  const entries: Entry[] = [];
  let meaning: string[] = [];
  let isInGroup = false;
  for (const line of EXAMPLE.split(/\r?\n/)) {
    const variable = VARIABLE_LINE.exec(line);
    if (variable) {
      entries.push({ name: variable[1]!, value: variable[2]!, meaning });
      isInGroup = true;
    } else if (line.startsWith("#")) {
      if (isInGroup) meaning = [];
      isInGroup = false;
      meaning.push(line.replace(/^# ?/, ""));
    } else if (line.trim() !== "") {
      throw new Error(`.env.example: every line is a comment or a commented-out variable, so a copy sets nothing (got "${line}")`);
    }
  }
  return entries;
}

const schemaNames = Object.keys(envSchema.shape).sort();
const entries = exampleEntries();

describe(".env.example", () => {
  it("lists exactly the variables lib/env.ts reads, each once", () => {
    const names = entries.map((e) => e.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i), "listed twice").toEqual([]);
    expect(names.filter((name) => !schemaNames.includes(name)), "in .env.example but not read by lib/env.ts").toEqual([]);
    expect(schemaNames.filter((name) => !names.includes(name)), "read by lib/env.ts but missing from .env.example").toEqual([]);
  });

  it.each(entries.map((e) => [e.name, e] as const))("%s shows lib/env.ts's default and says what it means", (name, entry) => {
    const field = envSchema.shape[name as keyof typeof envSchema.shape];
    expect(field, `${name} is not in lib/env.ts`).toBeDefined();
    // The example's value, read as lib/env.ts reads it, is what lib/env.ts uses when the variable is unset.
    const shown = field.safeParse(entry.value);
    expect(shown.success, `${name}=${entry.value} is not a valid value`).toBe(true);
    expect(shown.data).toEqual(field.parse(undefined));
    expect(entry.meaning.join(" ").length, `${name} has no comment saying what it means`).toBeGreaterThan(10);
  });
});

async function envWith(trustProxy: string) {
  process.env.TRUST_PROXY = trustProxy;
  vi.resetModules();
  return (await import("./env")).getEnv;
}

afterEach(() => {
  delete process.env.TRUST_PROXY;
  vi.resetModules();
});

describe("TRUST_PROXY", () => {
  it("keeps `true` working as one proxy, and reads hop counts and address lists", async () => {
    expect((await envWith("true"))().TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
    expect((await envWith("2"))().TRUST_PROXY).toEqual({ kind: "hops", hops: 2 });
    expect((await envWith("false"))().TRUST_PROXY).toEqual({ kind: "none" });
    expect((await envWith("loopback, 10.0.0.0/8"))().TRUST_PROXY.kind).toBe("addresses");
  });

  it("stops the app with a message naming the setting and what it accepts", async () => {
    const getEnv = await envWith("10.0.0.0/33");
    expect(() => getEnv()).toThrow(/TRUST_PROXY: TRUST_PROXY must be false, true \(one proxy\), the number of proxies .*"10\.0\.0\.0\/33" is none of these/);
  });
});
