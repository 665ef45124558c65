/** Wire services and the way copied articles name them. */

// Note: agencies whose name closes syndicated copy ("… he added. REUTERS"); display names as the agencies write them.
export const WIRE_SERVICES: Readonly<Record<string, string>> = {
  REUTERS: "Reuters",
  BLOOMBERG: "Bloomberg",
  AFP: "AFP",
  AP: "AP",
  "ASSOCIATED PRESS": "AP",
  XINHUA: "Xinhua",
  YONHAP: "Yonhap",
  KYODO: "Kyodo",
  BERNAMA: "Bernama",
  ANTARA: "Antara",
  DPA: "dpa",
  PTI: "PTI",
  ANI: "ANI",
  ANSA: "ANSA",
  EFE: "EFE",
  "NYTIMES": "The New York Times",
  "THE NEW YORK TIMES": "The New York Times",
  "WASHINGTON POST": "The Washington Post",
  "THE WASHINGTON POST": "The Washington Post",
};

const names = Object.keys(WIRE_SERVICES).sort((a, b) => b.length - a.length).join("|");

// Note: the credit stands in capitals after the last sentence, or alone on the last line.
export const TRAILING_WIRE_CREDIT = new RegExp(`(?:^|(?<=[.!?"”’)]\\s{1,4}))(${names})(?:\\s*[,/]\\s*(?:${names}))*\\s*$`);

// Note: datelines open the first paragraph: "[SEOUL] …", "BEIJING – …", "WASHINGTON (Reuters) - …".
export const DATELINE = /^(?:\[([A-Z][A-Z .'-]{1,40})\]\s+|([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([^)]{1,30}\)\s*)?[–—-]\s+)/;

/** The display name of a wire service written in capitals, or null. */
export function wireName(capitals: string): string | null {
  return WIRE_SERVICES[capitals.trim().toUpperCase()] ?? null;
}
