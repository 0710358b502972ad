// Every catalog has exactly English's keys, no empty message, and the same arguments and tags, so no
// subject ever sees a missing or broken message.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { flattenMessages, icuParts } from "./icu-parts";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

const english = flattenMessages(MESSAGES.en);

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalog", (locale) => {
  const catalog = flattenMessages(MESSAGES[locale]);

  it("has exactly the English keys", () => {
    expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty message", () => {
    expect([...catalog].filter(([, value]) => value.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("uses the same arguments and tags as English in every message", () => {
    const mismatches = [...english].flatMap(([key, source]) => {
      const theirs = catalog.get(key);
      if (theirs === undefined) return [];
      const a = icuParts(source);
      const b = icuParts(theirs);
      const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((v) => y.has(v));
      return same(a.args, b.args) && same(a.tags, b.tags) ? [] : [key];
    });
    expect(mismatches).toEqual([]);
  });

  it("is mostly translated: no more than a handful of messages equal English", () => {
    // Equal is fine for words that are the same in both languages ("Status", "Website", "{size} KB").
    const same = [...english].filter(([key, value]) => catalog.get(key) === value && /[a-z]{4,}.*\s.*[a-z]{4,}/i.test(value.replace(/\{[^}]*\}/g, "")));
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it("formats every message without an error", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: MESSAGES[locale], onError: (e) => errors.push(e.message) });
    for (const key of catalog.keys()) {
      const parts = icuParts(catalog.get(key)!);
      const values = Object.fromEntries([...parts.args].map((arg) => [arg, arg === "count" || arg === "hours" || arg === "minutes" || arg === "max" ? 2 : "x"]));
      const tags = Object.fromEntries([...parts.tags].map((tag) => [tag, (chunks: string) => chunks]));
      (t.markup as (key: string, values: object) => string)(key, { ...values, ...tags });
    }
    expect(errors).toEqual([]);
  });
});

describe("icuParts", () => {
  it("reads arguments inside plural and select branches, and literal text", () => {
    const parts = icuParts("{form, select, other {{count, plural, one {one month} other {# months}}}} for <b>{name}</b>");
    expect([...parts.args].sort()).toEqual(["count", "form", "name"]);
    expect([...parts.tags]).toEqual(["b"]);
    expect(parts.literals.join("|")).toContain("one month");
  });
});
