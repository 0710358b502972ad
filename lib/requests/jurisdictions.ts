// Where a data subject can say they live: every ISO 3166-1 country, with US states on their own
// because US privacy law (CCPA and others) is decided state by state.

const COUNTRIES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");

const US_STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois",
  IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland",
  MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana",
  NE: "Nebraska", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico", NY: "New York",
  NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania",
  RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah",
  VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
};

export type Jurisdiction = { code: string; name: string };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

export const JURISDICTIONS: readonly Jurisdiction[] = [
  ...COUNTRIES.filter((c) => c !== "US").map((code) => ({ code, name: regionNames.of(code) ?? code })),
  ...Object.entries(US_STATES).map(([state, name]) => ({ code: `US-${state}`, name: `United States – ${name}` })),
].sort((a, b) => a.name.localeCompare(b.name, "en"));

const byCode = new Map(JURISDICTIONS.map((j) => [j.code, j]));

/** The same list in the subject's language, sorted for it: "Deutschland", "Vereinigte Staaten – California". */
export function jurisdictionsFor(tag: string, unitedStates: (state: string) => string): Jurisdiction[] {
  const names = new Intl.DisplayNames([tag], { type: "region" });
  return [
    ...COUNTRIES.filter((c) => c !== "US").map((code) => ({ code, name: names.of(code) ?? code })),
    ...Object.entries(US_STATES).map(([state, name]) => ({ code: `US-${state}`, name: unitedStates(name) })),
  ].sort((a, b) => a.name.localeCompare(b.name, tag));
}

export function isJurisdiction(code: string): boolean {
  return byCode.has(code);
}

/** Where an organization can be based: every ISO 3166-1 country, the United States as one. */
export const COUNTRIES_OF_ORGANIZATIONS: readonly Jurisdiction[] = [...COUNTRIES, "US"]
  .map((code) => ({ code, name: regionNames.of(code) ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const countryCodes = new Set(COUNTRIES_OF_ORGANIZATIONS.map((c) => c.code));

export function isCountryCode(code: string): boolean {
  return countryCodes.has(code);
}

export function jurisdictionName(code: string): string {
  return byCode.get(code)?.name ?? code;
}
