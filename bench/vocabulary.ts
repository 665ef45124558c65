/**
 * The benchmark corpus's vocabulary, written here from scratch: invented places, people and outlets, and topic
 * templates with alternatives (`[a|b]`) and slots (`{place}`), so that paraphrases of one event share facts and
 * names while events of one topic share only the topic's words.
 */
import type { Random } from "./prng.ts";

const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "ch", "th"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "ia"];
const CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "x", "ck"];
const PLACE_ENDINGS = ["", "ton", "ville", "burg", "port", "field", "mouth", "ia", "ara", "stan", "haven", "ford"];

/** An invented word of two or three syllables, capitalised. */
export function inventName(random: Random, syllables = random.int(2, 3)): string {
  let word = "";
  for (let i = 0; i < syllables; i += 1) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : "");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An invented place name. */
export function inventPlace(random: Random): string {
  return inventName(random, random.int(1, 2)) + random.pick(PLACE_ENDINGS);
}

/** An invented person: given name and family name. */
export function inventPerson(random: Random): string {
  return `${inventName(random, 2)} ${inventName(random, random.int(2, 3))}`;
}

const OUTLET_FORMS = ["The {x} Times", "{x} Herald", "The {x} Post", "{x} Daily", "{x} Observer", "{x} Ledger", "{x} Tribune", "{x} Today", "{x} Chronicle", "{x} News", "The {x} Standard", "{x} Gazette"];

/** An invented outlet with its domain. */
export function inventOutlet(random: Random): { name: string; domain: string } {
  const stem = inventName(random, 2);
  const name = random.pick(OUTLET_FORMS).replace("{x}", stem);
  return { name, domain: `${name.toLowerCase().replace(/^the /, "").replace(/[^a-z]+/g, "")}.example` };
}

/** Wire services as copied pages credit them at the end of the text. */
export const WIRE_CREDITS = ["REUTERS", "AFP", "BLOOMBERG", "AP"];

/** Roles people in the news hold. */
export const ROLES = ["the minister", "the mayor", "the governor", "a spokesperson", "the chief executive", "the president", "a senior official", "the prime minister", "the regional director", "the union leader"];

/** Weekdays for datelines and recaps. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** One topic: how its headlines and facts are phrased. Events of a topic differ in place, people and numbers. */
export interface Topic {
  name: string;
  headlines: readonly string[];
  facts: readonly string[];
  headings: readonly string[];
}

/** Topics; each sentence has paraphrase alternatives so that two outlets never word an event the same way. */
export const TOPICS: readonly Topic[] = [
  {
    name: "wildfire",
    headlines: ["[Wildfire|Bushfire|Blaze] forces [thousands|residents] to flee near {place}", "[Crews battle|Firefighters fight] [fast-moving|wind-driven] fire outside {place}", "{place} fire [destroys|burns through] {number} homes as winds pick up"],
    facts: ["[Firefighters|Fire crews|Emergency teams] said the fire had [burned|scorched] {number} hectares by {weekday}.", "{person}, {role}, [ordered|called for] the evacuation of [several|four|a dozen] villages east of {place}.", "[Strong winds|Gusts of wind] and [dry|parched] [ground|vegetation] [helped the flames spread|fanned the flames] overnight.", "[No deaths were reported|Nobody was reported killed], but {number} people were [treated|taken to hospital] for smoke inhalation.", "The [cause of the fire|fire's cause] is [under investigation|not yet known], {org} said."],
    headings: ["Evacuations", "What caused the fire", "Weather outlook"],
  },
  {
    name: "election",
    headlines: ["{person} [wins|claims victory in] {place} [election|vote]", "[Voters|Polls] in {place} [hand|give] {person} a [narrow|clear] [win|majority]", "{place} [election|vote]: {person} [declares|announces] victory"],
    facts: ["[Turnout|Participation] [reached|stood at] {number} per cent, [according to|said] the {org}.", "{person} [promised|pledged] to [cut|lower] [taxes|living costs] and [build|fund] new [housing|schools].", "The [opposition|rival camp] [conceded|accepted defeat] [late on|on] {weekday}.", "[Observers|Monitors] from the {org} said the [vote|count] was [orderly|largely peaceful].", "The new [government|administration] is [expected|due] to take office within {number} days."],
    headings: ["Turnout", "What comes next", "Reaction"],
  },
  {
    name: "trade",
    headlines: ["{place} and {place2} [sign|agree] [trade deal|trade pact]", "[Trade talks|Negotiations] between {place} and {place2} [end in|yield] [agreement|a deal]", "{place} [cuts|lowers] tariffs on {place2} [goods|imports] in new pact"],
    facts: ["The [agreement|deal] [removes|lifts] tariffs on {number} [categories of goods|product lines].", "{person}, {role}, [called|described] the [pact|deal] [a milestone|historic].", "[Exporters|Farmers and manufacturers] [welcomed|praised] the [move|decision], the {org} said.", "[Critics|Opponents] [warned|said] the [deal|agreement] [could hurt|would hurt] local [jobs|industry].", "The [pact|agreement] [must still be|still needs to be] [ratified|approved] by both parliaments."],
    headings: ["What the deal covers", "Reaction from business", "Next steps"],
  },
  {
    name: "earthquake",
    headlines: ["[Earthquake|Quake] of magnitude {magnitude} [strikes|hits] near {place}", "[Strong|Powerful] [quake|earthquake] [shakes|rattles] {place}", "{place} [quake|earthquake]: [rescuers|search teams] [search rubble|dig through debris]"],
    facts: ["The [quake|tremor] struck at a depth of {number} kilometres, the {org} said.", "[At least|More than] {number} [buildings|houses] were [damaged|destroyed] in {place}.", "{person}, {role}, said [rescue teams|search crews] were [working through the night|working around the clock].", "[Aftershocks|Several aftershocks] [were felt|rattled the region] [hours later|into the morning].", "[Schools|Offices and schools] [stayed closed|remained shut] on {weekday} as [engineers|inspectors] checked [structures|buildings]."],
    headings: ["Damage", "Rescue efforts", "Aftershocks"],
  },
  {
    name: "central-bank",
    headlines: ["{place} central bank [raises|lifts] rates to {magnitude} per cent", "[Central bank|Monetary authority] in {place} [holds|keeps] rates [steady|unchanged]", "{place} [rate decision|interest rate move] [surprises|wrongfoots] markets"],
    facts: ["The [decision|move] was [backed|supported] by {number} of the [committee's|board's] members.", "{person}, {role}, said [inflation|price growth] [remained|was still] [too high|above target].", "[Markets|Investors] [reacted|responded] [calmly|sharply], with the currency [rising|falling] {magnitude} per cent.", "[Analysts|Economists] at the {org} [expect|forecast] [one more|another] [increase|move] this year.", "[Borrowers|Homeowners] [face|will see] higher [repayments|mortgage costs] from next month."],
    headings: ["Market reaction", "Inflation outlook", "What it means for borrowers"],
  },
  {
    name: "strike",
    headlines: ["[Workers|Staff] at {org} [walk out|strike] over [pay|wages]", "{place} [transport|rail] strike [halts|disrupts] [services|commuters]", "[Union|Unions] [call|announce] {number}-day strike in {place}"],
    facts: ["The {org} said {number} [workers|members] [joined|took part in] the [walkout|strike].", "{person}, {role}, [called|described] the [pay offer|offer] [insulting|inadequate].", "[Commuters|Passengers] [faced|endured] [long delays|crowded platforms] on {weekday} morning.", "[Talks|Negotiations] [are due to resume|will resume] [next week|on {weekday}], [both sides|the two sides] said.", "The [employer|management] said [contingency plans|backup services] [were in place|would run]."],
    headings: ["Disruption", "The dispute", "Talks"],
  },
  {
    name: "flood",
    headlines: ["[Floods|Flooding] [swamp|inundate] {place} after [heavy|torrential] rain", "[Thousands|Hundreds] [evacuated|moved to safety] as rivers [burst|overflow] in {place}", "{place} [floods|flooding]: [roads|bridges] [cut off|washed away]"],
    facts: ["[Rainfall|Rain] [totals|of] {number} millimetres [fell|were recorded] in [two days|48 hours].", "{person}, {role}, [declared|announced] a state of emergency for {place}.", "The {org} said {number} [homes|properties] were [without power|cut off].", "[Soldiers|Troops] [helped|were deployed to help] [residents|families] [reach shelters|leave their homes].", "[Forecasters|Meteorologists] [warned|said] [more rain|further downpours] [was|were] [expected|likely] by {weekday}."],
    headings: ["Rescue", "Forecast", "Damage"],
  },
  {
    name: "merger",
    headlines: ["{org} to [buy|acquire] {org2} in {number} [million|billion] deal", "{org} [agrees|strikes] [takeover|merger] with {org2}", "[Regulators|Watchdog] [to review|will examine] {org} bid for {org2}"],
    facts: ["The [deal|offer] values {org2} at {number} [million|billion], [a premium of|about] {magnitude} per cent [over|above] its [last close|share price].", "{person}, {role} of {org}, said the [combination|merger] would [create|form] a [regional|global] [leader|champion].", "[Shares of|Stock in] {org2} [jumped|rose] [sharply|steeply] on the news.", "The [transaction|deal] is [expected|set] to close [next year|within {number} months].", "[Competition|Antitrust] [authorities|regulators] in {place} [must|will have to] [approve|clear] the deal."],
    headings: ["Terms", "Regulatory review", "Investor reaction"],
  },
  {
    name: "summit",
    headlines: ["{person} [meets|holds talks with] {person2} in {place}", "[Leaders|Heads of government] [pledge|promise] [closer ties|cooperation] at {place} summit", "{place} summit [ends|closes] with [joint statement|agreement]"],
    facts: ["The [two leaders|leaders] [discussed|talked about] [trade|security], [energy|technology] and [tourism|migration].", "{person} said the [talks|meeting] [opened|marked] a \"new [chapter|phase]\" in relations.", "[They|The two sides] signed {number} [agreements|memorandums of understanding] [covering|on] [technology|trade] and [culture|environment].", "It was their [second|third] meeting in [two|several] months, the {org} said.", "[Protesters|Demonstrators] [gathered|rallied] outside the [venue|conference hall] in {place}."],
    headings: ["What was agreed", "Background", "Regional tensions"],
  },
  {
    name: "outbreak",
    headlines: ["[Health officials|Authorities] [report|confirm] {number} [cases|infections] in {place} outbreak", "{place} [outbreak|illness cluster] [prompts|triggers] [school closures|health alert]", "[Cases rise|Infections climb] in {place} as {org} [steps up|boosts] testing"],
    facts: ["The {org} said {number} [people|patients] had been [admitted to hospital|hospitalised].", "{person}, {role}, [urged|asked] residents to [wash their hands|take precautions] and [stay home|avoid crowds] if unwell.", "[Investigators|Epidemiologists] [traced|linked] the [cluster|outbreak] to a [market|water supply] in {place}.", "[Testing|Screening] [was expanded|has been stepped up] to {number} [sites|clinics].", "[Officials|Authorities] said the [risk|danger] to the [wider public|general population] [remained|was] low."],
    headings: ["Cases", "Source of the outbreak", "Advice"],
  },
  {
    name: "court",
    headlines: ["[Court|Judges] [rules|rule] against {org} in {place} case", "{person} [sentenced|jailed] for {number} years [over|for] [fraud|corruption]", "[Supreme court|Top court] in {place} [strikes down|overturns] [law|ban]"],
    facts: ["The [judge|panel] [found|ruled] that {org} had [broken|breached] [the law|its obligations].", "{person}'s [lawyers|legal team] said they [would appeal|planned to appeal] the [ruling|verdict].", "The [case|trial] [lasted|ran for] {number} [weeks|months] and [heard|called] [dozens of|many] witnesses.", "[Campaigners|Activists] [welcomed|celebrated] the [decision|ruling] outside the court in {place}.", "The {org} said it was [studying|reviewing] the [judgment|ruling]."],
    headings: ["The ruling", "Appeal", "Reaction"],
  },
  {
    name: "launch",
    headlines: ["{org} [launches|unveils] [new|latest] [satellite|rocket] from {place}", "[Rocket|Launch vehicle] [lifts off|blasts off] from {place} [carrying|with] {number} satellites", "{org} [mission|launch] [reaches orbit|succeeds] after [delays|postponements]"],
    facts: ["The [rocket|launcher] [lifted off|left the pad] at {hour} local time on {weekday}.", "{person}, {role} of {org}, said the [mission|flight] was a [complete|full] success.", "The [payload|satellites] will [monitor|observe] [weather|crops] and [coastlines|forests].", "The launch had been [delayed|postponed] {number} times [because of|due to] [weather|technical problems].", "[Engineers|Controllers] confirmed [contact|signal] with the [spacecraft|satellites] [an hour|minutes] later."],
    headings: ["The mission", "Delays", "What it will do"],
  },
];

/** Sentences that fit any story: background, reaction, context. */
export const FILLER: readonly string[] = [
  "[Analysts|Observers|Officials] [said|noted|warned] that the [situation|decision|development] [could|would|might] [affect|shape|weigh on] [the region|local businesses|public finances] in the coming [weeks|months].",
  "[Residents|People] in {place} [said|told reporters] they were [worried|concerned] about [what would happen next|the weeks ahead].",
  "\"We are [doing everything we can|working as fast as we can],\" {person} [said|told reporters] on {weekday}.",
  "The {org} [did not respond|declined to comment] [to a request for comment|when asked about the matter].",
  "[Local media|Broadcasters] [showed|aired] [images|footage] of [crowds|queues] in the centre of {place}.",
  "[A statement|A short statement] from the {org} [said|stressed] that [more details|further information] would [follow|be released] [later|in due course].",
  "The [issue|matter] has [dominated|overshadowed] [politics|public debate] in {place} for [months|much of the year].",
  "[Some|Several] [economists|experts] [expect|believe] the [effects|consequences] to [last|be felt] [well into next year|for some time].",
  "{person} [had earlier said|said earlier] that [any decision|the final decision] [would|should] be made [by the end of the month|within days].",
  "[Figures|Data] [published|released] by the {org} [show|suggest] [a sharp rise|a steady increase] over the past {number} years.",
];

/** Promotions, prompts and captions a copied web page carries around the article. */
export const PROMOS = ["Sign up now: Get insights on the region's fast-moving developments", "Follow topic:", "Share this article", "Subscribe today: unlimited access to our journalism"];

/** Expand `[a|b]` alternatives and `{slot}` values. */
export function fill(template: string, random: Random, slots: Readonly<Record<string, string>>): string {
  const chosen = template.replace(/\[([^\]]+)\]/g, (_, options: string) => random.pick(options.split("|")));
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}
