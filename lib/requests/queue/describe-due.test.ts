import { describe, expect, it } from "vitest";
import { describeDue } from "./describe-due";

// Auckland: NZST (+12) in June. 10 June 2026, 10:00 local.
const NOW = new Date("2026-06-09T22:00:00Z");
const AKL = "Pacific/Auckland";
/** The end of the Auckland day `n` days from 10 June 2026. */
const endOfDay = (n: number) => new Date(Date.UTC(2026, 5, 10 + n, 11, 59, 59, 999));

describe("describeDue", () => {
  it.each([
    [endOfDay(0), "due today", "due-soon"],
    [endOfDay(1), "in 1 day", "due-soon"],
    [endOfDay(7), "in 7 days", "due-soon"],
    [endOfDay(8), "in 8 days", "on-track"],
    [endOfDay(30), "in 30 days", "on-track"],
    [endOfDay(-1), "1 day overdue", "overdue"],
    [endOfDay(-12), "12 days overdue", "overdue"],
  ])("a request due %s reads %j (%s)", (dueAt, text, tone) => {
    expect(describeDue(dueAt, NOW, AKL)).toMatchObject({ text, tone });
  });

  it("counts calendar days in the organization's time zone, not in UTC", () => {
    // 23:30 on 10 June in Auckland is today there; in UTC, where it is still 9 June, it is tomorrow.
    const dueAt = new Date("2026-06-10T11:30:00Z");
    expect(describeDue(dueAt, NOW, AKL).text).toBe("due today");
    expect(describeDue(dueAt, NOW, "UTC").text).toBe("in 1 day");
  });

  it("is overdue from the instant the due time passes, even on the due day", () => {
    const dueAt = new Date(NOW.getTime() - 60_000);
    expect(describeDue(dueAt, NOW, AKL)).toMatchObject({ text: "overdue today", tone: "overdue", isOverdue: true });
    expect(describeDue(NOW, NOW, AKL).isOverdue).toBe(true);
  });

  it("counts whole days across a daylight-saving change", () => {
    // Auckland enters DST (+13) on 27 Sep 2026. From 20 Sep (NZST) to 4 Oct (NZDT) is 14 days.
    const now = new Date("2026-09-19T22:00:00Z"); // 20 Sep 10:00 NZST
    const dueAt = new Date("2026-10-04T10:59:59.999Z"); // 4 Oct 23:59:59.999 NZDT
    expect(describeDue(dueAt, now, AKL).text).toBe("in 14 days");
  });
});
