/** The day a news URL's path gives: the common shapes, and what only looks like a day. */
import { describe, expect, it } from "vitest";
import { urlDay } from "../../../src/group/features/extract-url-date.ts";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("urlDay", () => {
  it.each([
    ["http://www.foxnews.com/politics/2010/02/20/beck-encourages-conservatives", "2010-02-20"],
    ["https://www.bloomberg.com/news/articles/2021-04-22/biden-pushes-carbon-plan?srnd=premium", "2021-04-22"],
    ["http://www.latimes.com/business/la-fi-mo-plosser-stimulus-economy-20140310,0,1312750.story", "2014-03-10"],
    ["https://www.cnn.com/2021/4/21/us/ohio-shooting/index.html", "2021-04-21"],
  ])("reads %s", (url, iso) => {
    expect(urlDay(url)).toBe(day(iso));
  });

  it.each([
    ["no day in the path", "https://apnews.com/article/joe-biden-climate-d27b869add251860acc82f58e2750fd7"],
    ["a day inside a hexadecimal id", "https://example.com/a/b20210603c"],
    ["an article number", "https://example.com/id/1202201099"],
    ["a day that does not exist", "https://example.com/2021/02/30/story"],
    ["a day in the query only", "https://example.com/story?date=2021-06-03"],
    ["no URL", null],
    ["not a URL", "2021/06/03"],
  ])("gives none for %s", (_, url) => {
    expect(urlDay(url)).toBeNull();
  });
});
