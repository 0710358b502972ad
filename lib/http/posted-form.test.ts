import { describe, expect, it } from "vitest";
import { formValues } from "./form-values";
import { postedForm } from "./posted-form";
import { textFields } from "./text-fields";

describe("postedForm", () => {
  it("reads a crafted action argument as an empty form, and a real form as itself", () => {
    for (const crafted of [null, undefined, "x", 42, { get: "no" }, ["a"]]) {
      expect([...postedForm(crafted).keys()]).toEqual([]);
      expect(textFields(crafted, ["name"])).toEqual({});
      expect(formValues(crafted, { text: ["name"], multi: ["queues"], checkbox: ["on"] })).toEqual({ queues: [], on: "" });
    }
    const form = new FormData();
    form.set("name", "Aroha");
    expect(postedForm(form)).toBe(form);
    expect(textFields(form, ["name"])).toEqual({ name: "Aroha" });
  });
});
