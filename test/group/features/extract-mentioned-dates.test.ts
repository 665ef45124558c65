/** The days an article's text mentions, read as the event's own time. */
import { describe, expect, it } from "vitest";
import { extractMentionedDates, mentionedDaysApart, mentionedWeekdays, shareMentionedDate } from "../../../src/group/features/extract-mentioned-dates.ts";

describe("mentioned dates", () => {
  it("reads month and day, and the year only when the text gives it", () => {
    expect(extractMentionedDates("The summit opened on Jan. 5 and closed December 15th, 2008.")).toEqual([
      { month: 1, day: 5, year: null },
      { month: 12, day: 15, year: 2008 },
    ]);
    expect(extractMentionedDates("Shares rose in May as hiring slowed.")).toEqual([]);
  });

  it("measures the nearest two days apart, the short way round the year when a year is missing", () => {
    const dec30 = extractMentionedDates("on Dec. 30");
    const jan2 = extractMentionedDates("on Jan 2");
    expect(mentionedDaysApart(dec30, jan2)).toBe(3);
    expect(mentionedDaysApart(extractMentionedDates("on Dec 30, 2020"), extractMentionedDates("on Jan 2, 2022"))).toBe(368);
    expect(mentionedDaysApart(extractMentionedDates("on March 3 and on March 20"), extractMentionedDates("on March 18"))).toBe(2);
    expect(mentionedDaysApart(jan2, jan2)).toBe(0);
    expect(shareMentionedDate(jan2, extractMentionedDates("January 2, 2021"))).toBe(true);
  });

  it("names weekdays as bits, Monday first", () => {
    expect(mentionedWeekdays("Voters went to the polls Tuesday; results came Sunday.")).toBe((1 << 1) | (1 << 6));
    expect(mentionedWeekdays("No day here.")).toBe(0);
  });
});
