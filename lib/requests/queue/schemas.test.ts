import { describe, expect, it } from "vitest";
import { DEFAULT_QUEUE_FILTERS, clearQueueFilters, parseQueueFilters, parseQueueSearch, queueHref, queueSearchParams } from "./schemas";

describe("queue filters in the URL", () => {
  it("reads every filter from the address", () => {
    const filters = parseQueueFilters({
      queue: "processor",
      status: "in-progress",
      type: "opt-out-sale",
      assignee: "unassigned",
      due: "7",
      q: "  OPSIQ-2026-000001 ",
      sort: "received",
      after: "abc_DEF-123",
    });
    expect(filters).toEqual({
      queue: "PROCESSOR",
      status: "IN_PROGRESS",
      type: "OPT_OUT_SALE",
      assignee: "unassigned",
      due: { withinDays: 7 },
      q: "OPSIQ-2026-000001",
      sort: "received",
      after: "abc_DEF-123",
      before: null,
    });
  });

  it("falls back to the defaults for anything it cannot read, without failing", () => {
    expect(parseQueueFilters({})).toEqual(DEFAULT_QUEUE_FILTERS);
    expect(
      parseQueueFilters({
        queue: "nope",
        status: "PENDING_VERIFICATION",
        type: "<script>",
        assignee: "someone",
        due: "-3",
        sort: "random",
        after: "../../etc",
        before: "a b",
      }),
    ).toEqual(DEFAULT_QUEUE_FILTERS);
    expect(parseQueueFilters({ due: "9999" }).due).toBe("any");
    expect(parseQueueFilters({ status: ["closed", "new"] }).status).toBe("closed");
    expect(parseQueueFilters({ q: "x".repeat(1000) }).q).toHaveLength(254);
  });

  it("accepts 'me' and a member's id as the assignee", () => {
    expect(parseQueueFilters({ assignee: "me" }).assignee).toBe("me");
    expect(parseQueueFilters({ assignee: "6F9619FF-8B86-4011-B42D-00C04FC964FF" }).assignee).toEqual({
      userId: "6f9619ff-8b86-4011-b42d-00c04fc964ff",
    });
  });

  it("writes the filters back into a short address that reads back the same", () => {
    const filters = parseQueueFilters({ queue: "processor", status: "all", assignee: "me", due: "overdue", q: "a@b.nz" });
    const params = queueSearchParams(filters);
    expect(params.toString()).toBe("queue=processor&status=all&assignee=me&due=overdue&q=a%40b.nz");
    expect(parseQueueFilters(params)).toEqual(filters);
    expect(queueSearchParams(DEFAULT_QUEUE_FILTERS).toString()).toBe("");
  });

  it("starts again at page 1 when a filter changes, and keeps the filters when paging", () => {
    const onPage2 = parseQueueFilters({ type: "deletion", after: "cursor1" });
    expect(queueHref("opsiq", onPage2, { queue: "PROCESSOR" })).toBe("/dashboard/opsiq/queue?queue=processor&type=deletion");
    expect(queueHref("opsiq", onPage2, { after: "cursor2" })).toBe("/dashboard/opsiq/queue?type=deletion&after=cursor2");
    expect(queueHref("opsiq", onPage2, { before: "cursor1", after: null })).toBe("/dashboard/opsiq/queue?type=deletion&before=cursor1");
  });
});

describe("clearQueueFilters", () => {
  it("keeps the tab and the sort order, and nothing else", () => {
    const filters = parseQueueFilters({ queue: "processor", sort: "received", status: "all", type: "access", assignee: "me", due: "3", q: "a@b.nz", after: "x" });
    expect(queueSearchParams(clearQueueFilters(filters)).toString()).toBe("queue=processor&sort=received");
  });
});

describe("parseQueueSearch", () => {
  it.each([
    ["", { kind: "none" }],
    ["opsiq-2026-000001", { kind: "reference", reference: "OPSIQ-2026-000001" }],
    ["Aroha@Example.NZ", { kind: "email", email: "aroha@example.nz" }],
    ["aroha", { kind: "unrecognized" }],
    ["OPSIQ-2026", { kind: "unrecognized" }],
  ])("%j → %j", (q, expected) => {
    expect(parseQueueSearch(q)).toEqual(expected);
  });
});
