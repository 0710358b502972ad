// The settings schemas on their own: what a form may post and what the server stores from it.
import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/http/form-values";
import { canonicalTimeZone, createOrganizationSchema, deadlinePolicySchema, isAccentColor, profileSchema, requestTypesSchema } from "./settings-schemas";

const policy = {
  regime: "DEFAULT",
  clockStart: "VERIFICATION",
  holidayRegion: "ENGLAND_WALES",
  extensionMaxDays: "30",
  reminderDaysBefore: "7, 3, 1, 0",
  remindOverdueDaily: "on",
  subjectReplyDays: "14",
  verificationTtlHours: "24",
  downloadTtlDays: "30",
  statusLinkDaysAfterClose: "90",
  retentionMonths: "24",
};

describe("deadlinePolicySchema", () => {
  it("reads reminder points however they are separated, each once, largest first", () => {
    for (const typed of ["0,1,3,7", " 7 3 1 0 ", "7; 3; 1; 0; 3", "7,,3,1,0"]) {
      expect(deadlinePolicySchema.parse({ ...policy, reminderDaysBefore: typed }).reminderDaysBefore, typed).toEqual([7, 3, 1, 0]);
    }
  });

  it("refuses points that are not whole days from 0 to 90, and an empty list", () => {
    for (const typed of ["7, -1", "91", "1.5", "soon", "", "0,1,2,3,4,5,6,7,8,9,10"]) {
      expect(deadlinePolicySchema.safeParse({ ...policy, reminderDaysBefore: typed }).success, typed).toBe(false);
    }
  });

  it("reads a ticked box from react-hook-form (true) and from a posted form (\"on\"), an unticked one from either", () => {
    expect(deadlinePolicySchema.parse({ ...policy, remindOverdueDaily: true }).remindOverdueDaily).toBe(true);
    expect(deadlinePolicySchema.parse({ ...policy, remindOverdueDaily: "on" }).remindOverdueDaily).toBe(true);
    expect(deadlinePolicySchema.parse({ ...policy, remindOverdueDaily: false }).remindOverdueDaily).toBe(false);
    expect(deadlinePolicySchema.parse({ ...policy, remindOverdueDaily: "" }).remindOverdueDaily).toBe(false);
  });

  it("asks for the number of days only with the custom rule, and shows it with the other problems", () => {
    expect(deadlinePolicySchema.safeParse({ ...policy, regime: "GDPR" }).success).toBe(true);
    const custom = deadlinePolicySchema.safeParse({ ...policy, regime: "CUSTOM", retentionMonths: "x" });
    expect(custom.success).toBe(false);
    expect(custom.error?.issues.map((i) => i.path[0]).sort()).toEqual(["responseDays", "retentionMonths"]);
    expect(deadlinePolicySchema.parse({ ...policy, regime: "CUSTOM", responseDays: 10 }).responseDays).toBe(10);
  });

  it("does not offer the CCPA opt-out clock as an organization's rule", () => {
    expect(deadlinePolicySchema.safeParse({ ...policy, regime: "CCPA_OPT_OUT" }).success).toBe(false);
  });
});

describe("profile checks", () => {
  it("accepts only #rrggbb as an accent colour", () => {
    expect(isAccentColor("#1b4a7a")).toBe(true);
    for (const value of ["#fff", "1b4a7a", "#1b4a7a;", "red", "#1b4a7a0", "url(x)", null]) expect(isAccentColor(value), String(value)).toBe(false);
  });

  it("knows IANA time zones by their canonical name and refuses the rest", () => {
    expect(canonicalTimeZone("Pacific/Auckland")).toBe("Pacific/Auckland");
    expect(canonicalTimeZone("utc")).toBe("UTC");
    for (const value of ["Mars/Olympus", "+05:00", "../etc/passwd", ""]) expect(canonicalTimeZone(value), value).toBeNull();
  });

  it("lists laws one per line, each once", () => {
    const parsed = profileSchema.shape.laws.parse("Privacy Act 2020\r\n\n  GDPR \nPrivacy Act 2020");
    expect(parsed).toEqual(["Privacy Act 2020", "GDPR"]);
  });
});

describe("requestTypesSchema", () => {
  it("keeps the canonical order and needs at least one type", () => {
    expect(requestTypesSchema.parse({ requestTypes: ["OBJECTION", "ACCESS", "ACCESS"] }).requestTypes).toEqual(["ACCESS", "OBJECTION"]);
    expect(requestTypesSchema.parse({ requestTypes: "DELETION" }).requestTypes).toEqual(["DELETION"]);
    expect(requestTypesSchema.safeParse({ requestTypes: [] }).success).toBe(false);
    expect(requestTypesSchema.safeParse({ requestTypes: ["SELL_MY_SOUL"] }).success).toBe(false);
  });
});

describe("createOrganizationSchema", () => {
  const base = { name: "Kea Kitchens", country: "nz", timeZone: "Pacific/Auckland", privacyEmail: "privacy@kea.example" };

  it("lower-cases the slug and the country code it accepts", () => {
    expect(createOrganizationSchema.parse({ ...base, slug: " Kea-Kitchens " })).toMatchObject({ slug: "kea-kitchens", country: "NZ" });
  });

  it("refuses slugs of the app's own routes and malformed ones", () => {
    for (const slug of ["api", "dashboard", "sign-in", "organizations", "kea_kitchens", "kea-", "a", "x".repeat(41)]) {
      expect(createOrganizationSchema.safeParse({ ...base, slug }).success, slug).toBe(false);
    }
  });
});

describe("formValues", () => {
  it("reads text fields, checkbox groups as lists and single boxes as on or empty", () => {
    const data = new FormData();
    data.append("name", "Kea");
    data.append("regimes", "NZ");
    data.append("regimes", "GDPR");
    data.append("ignored", "x");
    data.append("logo", new File(["x"], "logo.png"));
    expect(formValues(data, { text: ["name", "tagline"], multi: ["regimes", "requestTypes"], checkbox: ["remindOverdueDaily"] })).toEqual({
      name: "Kea",
      regimes: ["NZ", "GDPR"],
      requestTypes: [],
      remindOverdueDaily: "",
    });
  });
});
