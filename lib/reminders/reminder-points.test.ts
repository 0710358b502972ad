import { describe, expect, it } from "vitest";
import { dueInWords, nextStaffReminder, subjectReminderDay } from "./reminder-points";

// Due 31 Mar 2027 with the default points 7, 3, 1 days before and the due day: 24, 28, 30 and 31 Mar,
// then every day from 1 Apr while overdue. Worked out on a calendar, not by the code.
const policy = { daysBefore: [7, 3, 1, 0], overdueDaily: true };
const next = (today: string, handled: string[] = [], p = policy) =>
  nextStaffReminder({ dueDate: "2027-03-31", today, policy: p, handledKeys: new Set(handled.map((k) => `2027-03-31/${k}`)) });

describe("nextStaffReminder", () => {
  it.each<[string, string, string[], { key: string; day: string } | null]>([
    ["a fresh request: the first point, 7 days before", "2027-03-01", [], { key: "7-days-before", day: "2027-03-24" }],
    ["on the day of a point not yet sent: that point, today", "2027-03-24", [], { key: "7-days-before", day: "2027-03-24" }],
    ["that point sent: the next one, 3 days before", "2027-03-24", ["7-days-before"], { key: "3-days-before", day: "2027-03-28" }],
    ["1 day before: singular key", "2027-03-29", ["7-days-before", "3-days-before"], { key: "1-day-before", day: "2027-03-30" }],
    ["points missed while no worker ran: only the latest reached, the due day", "2027-03-31", [], { key: "due-day", day: "2027-03-31" }],
    ["due day sent: the first overdue day", "2027-03-31", ["due-day"], { key: "overdue-1", day: "2027-04-01" }],
    ["five days overdue, not yet reminded today", "2027-04-05", ["overdue-4"], { key: "overdue-5", day: "2027-04-05" }],
    ["reminded today while overdue: tomorrow", "2027-04-05", ["overdue-5"], { key: "overdue-6", day: "2027-04-06" }],
    ["a request that arrives with 5 days left: the 7-day point is reached, send it now", "2027-03-26", [], { key: "7-days-before", day: "2027-03-24" }],
  ])("%s", (_why, today, handled, expected) => {
    const point = next(today, handled);
    expect(point && { key: point.key.replace("2027-03-31/", ""), day: point.day }).toEqual(expected);
  });

  it("stops after the due day when the organization does not remind daily while overdue", () => {
    const quiet = { daysBefore: [3], overdueDaily: false };
    expect(next("2027-03-28", ["3-days-before"], quiet)).toBeNull();
    expect(next("2027-04-02", [], quiet)).toEqual({ key: "2027-03-31/3-days-before", day: "2027-03-28" });
  });

  it("ignores points that make no sense (negative, fractional, duplicated) and keeps the rest in order", () => {
    const messy = { daysBefore: [1, -2, 2.5, 1, 10], overdueDaily: false };
    expect(next("2027-03-01", [], messy)?.day).toBe("2027-03-21");
    expect(next("2027-03-21", ["10-days-before"], messy)?.day).toBe("2027-03-30");
  });

  it("keys points by due date, so a moved due date is reminded afresh", () => {
    const before = nextStaffReminder({ dueDate: "2027-03-31", today: "2027-03-24", policy, handledKeys: new Set() });
    const moved = nextStaffReminder({ dueDate: "2027-04-30", today: "2027-04-23", policy, handledKeys: new Set([before!.key]) });
    expect(moved).toEqual({ key: "2027-04-30/7-days-before", day: "2027-04-23" });
  });
});

describe("dueInWords", () => {
  it.each([
    ["2027-03-24", "due in 7 days"],
    ["2027-03-30", "due tomorrow"],
    ["2027-03-31", "due today"],
    ["2027-04-01", "1 day overdue"],
    ["2027-04-03", "3 days overdue"],
  ])("on %s: %s", (today, words) => {
    expect(dueInWords("2027-03-31", today)).toBe(words);
  });
});

describe("subjectReminderDay", () => {
  it("is 3 days before the answer-by day", () => {
    expect(subjectReminderDay("2027-04-17", "2027-04-03")).toBe("2027-04-14");
  });
  it("is none when that day is not after the day the question was asked", () => {
    expect(subjectReminderDay("2027-04-06", "2027-04-03")).toBeNull();
    expect(subjectReminderDay("2027-04-07", "2027-04-03")).toBe("2027-04-04");
  });
});
