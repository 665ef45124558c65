/**
 * The numbers that shape an article's combined vector. The join decision's numbers are fitted, not tuned: they
 * are in `model/grouping-model.json`, made by `npm run fit-grouping`.
 */

/** What `groupArticles` can be told; every field has a default in `DEFAULT_GROUPING_PARAMETERS`. */
export interface GroupingParameters {
  /** How many times a title word counts against a word of the lead. */
  titleWeight: number;
  /** How many words of the body (from the top) describe the event. */
  leadWords: number;
  /** Weight of a named entity (person, place, organisation) as a term of its own; its words count as words too. */
  entityWeight: number;
}

/**
 * The defaults: chosen on AllSides 2021 half A (roundups before 15 July) together with the UCI 2014 headlines,
 * then checked on AllSides half B, which tuning never saw. No per-dataset switches: one setting for all news.
 */
export const DEFAULT_GROUPING_PARAMETERS: Readonly<GroupingParameters> = Object.freeze({
  // Note: 2 and 3 tie on AllSides half A (within 0.004), 2 is ahead on UCI headlines (+0.008); 1 is lower on both.
  titleWeight: 2,
  // Note: 60 and 120 scored alike (AllSides leads are about that long); 120 reads a full article's first paragraphs.
  leadWords: 120,
  // Note: 2 over 1: equal on AllSides half A, +0.01 BCubed F1 on UCI headlines, where names carry the story.
  entityWeight: 2,
});

/** The names of the parameters, for reading them from options files. */
export const GROUPING_PARAMETER_NAMES: ReadonlyArray<keyof GroupingParameters> = [
  "titleWeight",
  "leadWords",
  "entityWeight",
];

/** `options` over the defaults; throws on a value that would make grouping meaningless (a programmer error). */
export function resolveGroupingParameters(options: Partial<GroupingParameters> = {}): GroupingParameters {
  const parameters: GroupingParameters = { ...DEFAULT_GROUPING_PARAMETERS };
  for (const key of GROUPING_PARAMETER_NAMES) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Grouping parameter ${key} must be a finite number >= 0, not ${String(value)}`);
    }
    parameters[key] = value;
  }
  return parameters;
}
